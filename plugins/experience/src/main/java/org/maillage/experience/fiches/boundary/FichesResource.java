package org.maillage.experience.fiches.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.experience.fiches.control.Attachments;
import org.maillage.experience.fiches.control.Fiches;
import org.maillage.experience.fiches.control.Markdown;
import org.maillage.experience.fiches.control.Viewer;
import org.maillage.experience.fiches.entity.Attachment;
import org.maillage.experience.fiches.entity.Fiche;
import org.maillage.experience.fiches.entity.FicheState;
import org.maillage.experience.fiches.entity.PartnerKinds;
import org.maillage.experience.fiches.entity.Themes;
import org.maillage.experience.network.boundary.Caller;
import org.maillage.experience.network.boundary.Download;
import org.maillage.experience.network.boundary.SharedFicheView;
import org.maillage.experience.network.control.NetworkFiches;
import org.maillage.experience.network.control.Texts;
import org.maillage.experience.plugin.ExperiencePlugin;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.api.settings.TenantSettings;
import org.maillage.platform.api.tenant.TenantContext;

/**
 * The cooperation's own fiches: its members write them (a team referent their own), its coordinators decide who
 * reads them (the cooperation, the network) and withdraw them. Members only: a network admin reads the shared
 * copies, never a cooperation's drafts.
 */
@Path("tenants/{tenant}/experience/fiches")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.TEAM_REFERENT})
@Tag(name = "Partage d’expériences", description = "Fiches d’expérience d’une coopération")
public class FichesResource {

    private static final String BODY = "le corps de la requête est obligatoire";

    @Inject
    Fiches fiches;

    @Inject
    Attachments attachments;

    @Inject
    NetworkFiches network;

    @Inject
    TenantContext tenant;

    @Inject
    TenantSettings settings;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /** The controlled lists a fiche's form offers. */
    public record Lists(Map<String, String> themes, Map<String, String> partnerKinds, Map<String, String> states) {
    }

    @GET
    @Operation(summary = "Lister les fiches de la coopération, par état")
    public List<FicheView.Summary> list(@QueryParam("state") String state) {
        FicheState wanted = null;
        if (state != null && !state.isBlank()) {
            wanted = Arrays.stream(FicheState.values()).filter(s -> s.name().equals(state)).findFirst()
                    .orElseThrow(() -> ApiError.invalidField("state", "doit être DRAFT, COOPERATION ou NETWORK"));
        }
        return fiches.list(viewer(), wanted).stream().map(FicheView.Summary::of).toList();
    }

    @GET
    @Path("lists")
    @Operation(summary = "Les thèmes, types de partenaires et états d’une fiche")
    public Lists lists() {
        Map<String, String> states = new LinkedHashMap<>();
        for (FicheState s : FicheState.values()) {
            states.put(s.name(), s.label());
        }
        return new Lists(Themes.LABELS, PartnerKinds.LABELS, states);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Écrire une fiche (brouillon)")
    public Response create(@Valid @NotNull(message = BODY) FicheForms.Content body) {
        Fiche fiche = fiches.create(body.content(), viewer(), now());
        return Response.status(201).location(uri.getAbsolutePathBuilder().path(fiche.id()).build()).entity(view(fiche)).build();
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Voir le texte d’une fiche tel qu’il sera affiché (Markdown rendu et nettoyé)")
    public Map<String, String> preview(@Valid @NotNull(message = BODY) FicheForms.Preview body) {
        String text = body.body() == null ? "" : Texts.typed("body", body.body());
        if (text.length() > 50000) {
            throw ApiError.invalidField("body", "ne doit pas dépasser 50000 caractères");
        }
        return Map.of("html", Markdown.html(text));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Lire une fiche de la coopération, et ce que le réseau en a fait une fois partagée")
    public FicheView get(@PathParam("id") String id) {
        return view(fiches.readable(id, viewer()));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Modifier une fiche (son auteur ou un animateur)")
    public FicheView write(@PathParam("id") String id, @Valid @NotNull(message = BODY) FicheForms.Content body) {
        if (body.version() == null) {
            throw ApiError.invalidField("version", "est obligatoire");
        }
        return view(fiches.write(id, body.version(), body.content(), viewer(), now()));
    }

    @POST
    @Path("{id}/state")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Décider qui lit la fiche : brouillon, coopération ou réseau (un animateur)")
    public FicheView move(@PathParam("id") String id, @Valid @NotNull(message = BODY) FicheForms.Move body) {
        return view(fiches.move(id, body.version(), body.state(), viewer(), now()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Supprimer une fiche (son auteur tant qu’elle est un brouillon, ou un animateur)")
    public Response delete(@PathParam("id") String id) {
        fiches.delete(id, viewer());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Joindre un fichier à la fiche (PDF ou image), le corps de la requête étant le fichier ; son nom en paramètre name")
    public Response attach(@PathParam("id") String id, @QueryParam("name") String name, InputStream body) {
        long max = settings.longValue(ExperiencePlugin.MAX_FILE_BYTES.key());
        byte[] content = read(body, max);
        if (content.length == 0) {
            throw ApiError.invalidField("file", "est vide : choisissez un fichier PDF ou une image");
        }
        Attachment attachment = attachments.add(id, name, content, viewer(), now());
        return Response.status(201).entity(new FicheView.FileView(attachment.id(), attachment.fileName(), attachment.mediaType(), attachment.size())).build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @Operation(summary = "Télécharger un fichier d’une fiche de la coopération")
    public Response download(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        Attachment file = attachments.get(id, attachmentId, viewer());
        return Download.of(file.fileName(), file.mediaType(), file.content());
    }

    @DELETE
    @Path("{id}/attachments/{attachmentId}")
    @Operation(summary = "Retirer un fichier de la fiche")
    public Response detach(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        attachments.delete(id, attachmentId, viewer(), now());
        return Response.noContent().build();
    }

    private FicheView view(Fiche fiche) {
        return FicheView.of(fiche, viewer().writer().login(), attachments.of(fiche.id()),
                network.own(fiche.id(), tenant.slug()).map(s -> SharedFicheView.of(s, network, true)));
    }

    private Viewer viewer() {
        return new Viewer(Caller.writer(security), Caller.coordinator(security));
    }

    private static byte[] read(InputStream body, long max) {
        try (InputStream in = body) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (content.length > max) {
                throw new ApiError(413, "Le fichier dépasse la taille maximale d’un fichier joint ("
                        + (max >= 1024 * 1024 ? max / (1024 * 1024) + " Mo" : max / 1024 + " ko") + ").");
            }
            return content;
        } catch (IOException e) {
            throw new ApiError(400, "Le fichier n’a pas pu être lu en entier : recommencez l’envoi.");
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
