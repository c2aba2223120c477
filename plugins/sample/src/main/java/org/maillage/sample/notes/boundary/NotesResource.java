package org.maillage.sample.notes.boundary;

import org.maillage.platform.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.maillage.platform.api.text.DeliverableEmail;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.settings.TenantSettings;
import org.maillage.sample.notes.control.Notes;
import org.maillage.sample.notes.entity.Note;
import org.maillage.sample.plugin.SamplePlugin;

/** The notes of a cooperation. */
@Path("tenants/{tenant}/sample/notes")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class NotesResource {

    @Inject
    Notes notes;

    @Inject
    TenantSettings settings;

    public record NoteForm(@NotBlank(message = "est obligatoire") @DeliverableEmail String author,
                           @NotBlank(message = "est obligatoire") String text,
                           Boolean copyToAuthor) {
    }

    public record NoteView(String id, String author, String text, OffsetDateTime writtenAt) {

        static NoteView of(Note note) {
            return new NoteView(note.id(), note.authorEmail(), note.text(), note.writtenAt());
        }
    }

    /** Members only: notes name their author (personal data), which network admins do not read. */
    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_REFERENT})
    public List<NoteView> list() {
        return notes.all().stream().map(NoteView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(@Valid @NotNull(message = "le corps de la requête est obligatoire") NoteForm form) {
        long max = settings.longValue(SamplePlugin.MAX_LENGTH.key());
        if (form.text().length() > max) {
            throw ApiError.invalidField("text", "ne doit pas dépasser " + max + " caractères");
        }
        return Response.status(201).entity(NoteView.of(notes.write(form.author(), form.text(), Boolean.TRUE.equals(form.copyToAuthor())))).build();
    }
}
