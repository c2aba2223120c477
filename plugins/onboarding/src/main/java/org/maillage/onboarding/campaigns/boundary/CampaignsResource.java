package org.maillage.onboarding.campaigns.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.onboarding.campaigns.control.Campaigns;
import org.maillage.onboarding.campaigns.control.Campaigns.Draft;
import org.maillage.onboarding.campaigns.entity.Campaign;
import org.maillage.onboarding.volunteers.boundary.RequestValues;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.http.RateLimited;
import org.maillage.platform.api.security.Roles;

/**
 * The campaigns of a cooperation, for its coordinators: count a selection (dry run), create a draft,
 * send it, read its figures. The bulk action « message » of the volunteers list is a campaign to the
 * list's selection.
 */
@Path("tenants/{tenant}/onboarding/campaigns")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@Tag(name = "Accueil des bénévoles — campagnes", description = "Messages aux bénévoles, avec leur lien personnel")
public class CampaignsResource {

    static final int LIST_MAX = 200;

    @Inject
    Campaigns campaigns;

    @Context
    SecurityContext security;

    /** A campaign to create; {@code dryRun} only counts who it would reach. */
    public record CampaignForm(String subject, String body, FilterForm filter, Boolean dryRun) {
    }

    public record FilterForm(String q, String state, String commune) {
    }

    public record Count(long recipients) {
    }

    @GET
    @Operation(summary = "Lister les campagnes, les plus récentes d’abord, avec leurs chiffres")
    public List<CampaignView> list() {
        return campaigns.list(LIST_MAX).stream().map(c -> CampaignView.of(c, campaigns.stats(c))).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Créer une campagne (brouillon) pour une sélection de bénévoles, ou seulement compter qui elle toucherait (dryRun)",
            description = "Champs du message : {prénom}, {nom}, {lien} (lien personnel), {désinscription}. Les bénévoles désinscrits ou sans e-mail ne sont pas comptés.")
    public Response create(CampaignForm form) {
        if (form == null) {
            throw new ApiError(400, "Le corps de la requête est obligatoire : {\"subject\": \"…\", \"body\": \"…\", \"filter\": {…}}.");
        }
        FilterForm f = form.filter() == null ? new FilterForm(null, null, null) : form.filter();
        Draft draft = new Draft(form.subject(), form.body(), f.q(), f.state(), f.commune());
        if (Boolean.TRUE.equals(form.dryRun())) {
            return Response.ok(new Count(campaigns.count(Campaigns.filter(draft)))).build();
        }
        Campaign campaign = campaigns.create(draft, RequestValues.who(security));
        return Response.status(201).entity(CampaignView.of(campaign, campaigns.stats(campaign))).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Lire une campagne et ses chiffres : destinataires, envoyés, en échec, liens ouverts, réponses")
    public CampaignView read(@PathParam("id") String id) {
        Campaign campaign = campaigns.find(id);
        return CampaignView.of(campaign, campaigns.stats(campaign));
    }

    @POST
    @Path("{id}/send")
    @RateLimited(value = "onboarding-campaign-send", perPerson = 10, perCooperation = 20)
    @Operation(summary = "Envoyer une campagne : un message par bénévole de la sélection, mis dans la boîte d’envoi",
            description = "409 quand elle a déjà été envoyée.")
    public CampaignView send(@PathParam("id") String id) {
        Campaign campaign = campaigns.send(id, RequestValues.who(security));
        return CampaignView.of(campaign, campaigns.stats(campaign));
    }
}
