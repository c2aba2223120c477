package org.maillage.experience.network.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.experience.network.control.Moderation;
import org.maillage.experience.network.control.NetworkFiches;
import org.maillage.experience.network.control.Texts;
import org.maillage.experience.network.entity.SharedAttachment;
import org.maillage.platform.api.security.Roles;

/** Network admins' moderation of the shared fiches: all of them, hidden ones included; feature, hide with a reason, show. */
@Path("experience/fiches")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NETWORK_ADMIN)
@Tag(name = "Partage d’expériences", description = "Fiches d’expérience partagées entre coopérations")
public class ModerationResource {

    private static final String BODY = "le corps de la requête est obligatoire";

    @Inject
    NetworkFiches fiches;

    @Inject
    Moderation moderation;

    @GET
    @Operation(summary = "Lister toutes les fiches partagées, masquées comprises (réseau national)")
    public List<SharedFicheView> list() {
        return fiches.all().stream().map(f -> SharedFicheView.of(f, fiches, true)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Lire une fiche partagée (réseau national)")
    public SharedFicheView get(@PathParam("id") String id) {
        return SharedFicheView.of(fiches.any(id), fiches, true);
    }

    @POST
    @Path("{id}/feature")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mettre une fiche partagée en avant, ou plus (réseau national)")
    public SharedFicheView feature(@PathParam("id") String id, @Valid @NotNull(message = BODY) NetworkForms.Feature body) {
        return SharedFicheView.of(moderation.feature(id, body.version(), body.featured()), fiches, true);
    }

    @POST
    @Path("{id}/hide")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Masquer une fiche partagée, avec une raison que sa coopération lit (réseau national)")
    public SharedFicheView hide(@PathParam("id") String id, @Valid @NotNull(message = BODY) NetworkForms.Hide body) {
        return SharedFicheView.of(moderation.hide(id, body.version(), Texts.typed("reason", body.reason()).strip()), fiches, true);
    }

    @POST
    @Path("{id}/show")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Montrer de nouveau une fiche masquée (réseau national)")
    public SharedFicheView show(@PathParam("id") String id, @Valid @NotNull(message = BODY) NetworkForms.Show body) {
        return SharedFicheView.of(moderation.show(id, body.version()), fiches, true);
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @Operation(summary = "Télécharger un fichier d’une fiche partagée (réseau national)")
    public Response download(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        fiches.any(id);
        SharedAttachment file = fiches.attachment(id, attachmentId);
        return Download.of(file.fileName(), file.mediaType(), file.content());
    }
}
