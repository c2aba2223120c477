package org.maillage.experience.network.boundary;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.experience.network.control.Exchanges;
import org.maillage.experience.network.control.Moderation;
import org.maillage.experience.network.control.NetworkFiches;
import org.maillage.experience.network.control.Search;
import org.maillage.experience.network.control.Texts;
import org.maillage.experience.network.entity.SharedAttachment;
import org.maillage.experience.network.entity.SharedFiche;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.api.tenant.TenantContext;
import org.maillage.platform.api.tenant.TenantWork;

/**
 * The network space, as a member of the path's cooperation reads it: the shared fiches of every cooperation
 * that are not hidden (and its own hidden ones), searched in French; questions, comments and « cela nous a
 * servi » on other cooperations' fiches, answers on its own. Members only: network admins moderate through
 * {@code /api/experience/fiches}.
 */
@Path("tenants/{tenant}/experience/network/fiches")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.TEAM_REFERENT})
@Tag(name = "Partage d’expériences", description = "Fiches d’expérience partagées entre coopérations")
public class NetworkResource {

    private static final String BODY = "le corps de la requête est obligatoire";

    @Inject
    NetworkFiches fiches;

    @Inject
    Search search;

    @Inject
    Exchanges exchanges;

    @Inject
    Moderation moderation;

    @Inject
    TenantContext tenant;

    @Inject
    TenantWork tenantWork;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Chercher dans les fiches partagées par les coopérations (texte en français, thème, département, année)")
    public SearchView search(@QueryParam("q") String words, @QueryParam("theme") String theme,
                             @QueryParam("departement") String departement, @QueryParam("year") String year) {
        if (words != null && words.length() > 200) {
            throw ApiError.invalidField("q", "ne doit pas dépasser 200 caractères");
        }
        Texts.typed("q", words);
        Texts.typed("theme", theme);
        Texts.typed("departement", departement);
        Integer parsedYear = null;
        if (year != null && !year.isBlank()) {
            if (!year.strip().matches("\\d{4}")) {
                throw ApiError.invalidField("year", "doit être une année sur quatre chiffres");
            }
            parsedYear = Integer.valueOf(year.strip());
        }
        return SearchView.of(search.search(new Search.Criteria(words, theme, departement, parsedYear)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Lire une fiche partagée avec ses échanges")
    public SharedFicheView get(@PathParam("id") String id) {
        SharedFiche fiche = fiches.readable(id, tenant.slug());
        return SharedFicheView.of(fiche, fiches, fiche.cooperation().equals(tenant.slug()));
    }

    @POST
    @Path("{id}/exchanges")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Poser une question ou commenter la fiche d’une autre coopération (son auteur est prévenu par courriel)")
    public Response write(@PathParam("id") String id, @Valid @NotNull(message = BODY) NetworkForms.Writing body) {
        exchanges.write(id, tenant.slug(), body.kind(), Texts.typed("text", body.text()).strip(), Caller.writer(security), now());
        return Response.status(201).entity(get(id)).build();
    }

    @POST
    @Path("{id}/exchanges/{exchangeId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Répondre à une question posée sur une fiche de la coopération")
    public SharedFicheView answer(@PathParam("id") String id, @PathParam("exchangeId") String exchangeId,
                                  @Valid @NotNull(message = BODY) NetworkForms.Answer body) {
        exchanges.answer(id, exchangeId, tenant.slug(), body.version(), Texts.typed("text", body.text()).strip(), Caller.writer(security), now());
        return get(id);
    }

    @POST
    @Path("{id}/reuse")
    @Operation(summary = "Indiquer que la fiche d’une autre coopération nous a servi (une fois par coopération)")
    public SharedFicheView mark(@PathParam("id") String id) {
        exchanges.mark(id, tenant.slug(), now());
        return get(id);
    }

    @DELETE
    @Path("{id}/reuse")
    @Operation(summary = "Retirer la mention « cela nous a servi »")
    public SharedFicheView unmark(@PathParam("id") String id) {
        exchanges.unmark(id, tenant.slug());
        return get(id);
    }

    @POST
    @Path("{id}/proposal")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Proposer la fiche à l’ordre du jour de la commission réseau (module « Rapport au réseau »)")
    public SharedFicheView propose(@PathParam("id") String id) {
        if (!tenantWork.enabledIn(tenant.slug(), "reporting")) {
            throw new ApiError(409, "La commission réseau n’est pas disponible : le module « Rapport au réseau » n’est pas activé pour votre coopération.");
        }
        moderation.propose(id, tenant.slug(), now());
        return get(id);
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @Operation(summary = "Télécharger un fichier d’une fiche partagée")
    public Response download(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        fiches.readable(id, tenant.slug());
        SharedAttachment file = fiches.attachment(id, attachmentId);
        return Download.of(file.fileName(), file.mediaType(), file.content());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
