package org.maillage.onboarding.selfservice.boundary;

import jakarta.annotation.security.PermitAll;
import org.maillage.platform.api.http.RateLimited;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.onboarding.actions.entity.Participation;
import org.maillage.onboarding.matching.control.Suggestions.ForVolunteer;
import org.maillage.onboarding.settings.OnboardingSettings;
import org.maillage.onboarding.selfservice.control.LinkToken;
import org.maillage.onboarding.selfservice.control.Links;
import org.maillage.onboarding.selfservice.control.SelfService;
import org.maillage.onboarding.selfservice.control.SelfService.Answer;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.tenant.TenantWork;
import org.maillage.platform.api.territory.CommuneRef;
import org.maillage.platform.api.territory.Territory;

/**
 * The public API of the self-service page: no account, the signed link instead, sent in the header
 * {@value #LINK} (never in the address, which servers log). The cooperation is not in the path: it is
 * read from the link once its signature and expiry are checked ({@link Links#verify}), and the request then
 * acts for it ({@link TenantWork}); a cooperation that is unknown, not active or without the plugin answers
 * as any invalid link: the same 404. Every call runs in one transaction: a refused link or a bad answer changes nothing.
 */
@Path("onboarding/self-service")
@RequestScoped
@Transactional
@PermitAll
@RateLimited(value = "onboarding-self-service", perClient = 600, perHeader = 60, header = SelfServiceResource.LINK)
@SecurityRequirementsSet
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accueil des bénévoles — lien personnel", description = "La page d’un bénévole, sans compte, par son lien signé")
public class SelfServiceResource {

    public static final String LINK = "Maillage-Lien";

    @Inject
    TenantWork tenantWork;

    @Inject
    SelfService selfService;

    @Inject
    Links links;

    @Inject
    Territory territory;

    public record AnswerForm(Boolean interested, String availability, String commune, Boolean consent) {
    }

    public record WithdrawalForm(String reason) {
    }

    public record CommuneView(String code, String nom) {
    }

    /** A suggested first action, without anyone's personal data; {@code placesLeft} 0 means the waiting list. */
    public record ActionView(String id, String title, String description, String communeName, LocalDate startsOn,
                             LocalDate endsOn, int placesLeft, boolean waitingList, String proximityLabel) {
    }

    public record TeamView(String name, List<String> communes, String proximityLabel) {
    }

    public record SuggestionsView(List<ActionView> actions, List<TeamView> teams) {
    }

    /** Where the volunteer now stands with the action: ENROLLED or WAITING, with its French label. */
    public record TakePartView(String actionId, String status, String statusLabel) {
    }

    @GET
    @Operation(summary = "Ouvrir son lien personnel : ce que la coopération sait de soi et où on en est")
    public SelfServiceView open(@HeaderParam(LINK) String token) {
        return as(token, () -> view(selfService.open(token)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Répondre : confirmer son intérêt, donner ses disponibilités, sa commune, son consentement")
    public SelfServiceView answer(@HeaderParam(LINK) String token, AnswerForm form) {
        AnswerForm f = form == null ? new AnswerForm(null, null, null, null) : form;
        return as(token, () -> view(selfService.answer(token, new Answer(f.interested(), f.availability(), f.commune(), f.consent()))));
    }

    @POST
    @Path("withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ne plus participer, en disant pourquoi")
    public SelfServiceView withdraw(@HeaderParam(LINK) String token, WithdrawalForm form) {
        return as(token, () -> view(selfService.withdraw(token, form == null ? null : form.reason())));
    }

    @POST
    @Path("unsubscribe")
    @Operation(summary = "Ne plus recevoir les messages de la coopération")
    public SelfServiceView unsubscribe(@HeaderParam(LINK) String token) {
        return as(token, () -> {
            selfService.unsubscribe(token);
            return view(selfService.open(token));
        });
    }

    @POST
    @Path("erasure")
    @Operation(summary = "Effacer ses données : le lien cesse alors de fonctionner")
    public void erase(@HeaderParam(LINK) String token) {
        as(token, () -> {
            selfService.erase(token);
            return null;
        });
    }

    @GET
    @Path("communes")
    @Operation(summary = "Les communes du territoire de la coopération qu’un code postal dessert")
    public List<CommuneView> communes(@HeaderParam(LINK) String token, @QueryParam("postcode") String postcode) {
        return as(token, () -> selfService.communes(token, postcode).stream().map(c -> new CommuneView(c.code(), c.nom())).toList());
    }

    @GET
    @Path("suggestions")
    @Operation(summary = "Les premières actions et les équipes proches de chez soi")
    public SuggestionsView suggestions(@HeaderParam(LINK) String token) {
        return as(token, () -> {
            ForVolunteer found = selfService.suggestions(token);
            return new SuggestionsView(
                    found.actions().stream().map(s -> new ActionView(s.action().id(), s.action().title(), s.action().description(),
                            s.action().communeName(), s.action().startsOn(), s.action().endsOn(), s.action().placesLeft(),
                            s.action().placesLeft() == 0, s.proximity().label())).toList(),
                    found.teams().stream().map(s -> new TeamView(s.team().name(),
                            s.team().communeCodes().stream().map(c -> territory.commune(c).map(CommuneRef::nom).orElse(c)).sorted().toList(),
                            s.proximity().label())).toList());
        });
    }

    @POST
    @Path("first-actions/{actionId}")
    @Operation(summary = "S’inscrire à une première action proposée : une place s’il en reste, sinon la liste d’attente")
    public TakePartView takePart(@HeaderParam(LINK) String token, @PathParam("actionId") String actionId) {
        return as(token, () -> {
            Participation p = selfService.takePart(token, actionId);
            return new TakePartView(actionId, p.status().name(), p.status().label());
        });
    }

    private SelfServiceView view(Volunteer volunteer) {
        ForVolunteer found = selfService.suggestionsFor(volunteer);
        return SelfServiceView.of(volunteer, !found.actions().isEmpty() || !found.teams().isEmpty());
    }

    /**
     * Runs the work as the cooperation the link names, once the link's signature and expiry are checked and the
     * cooperation is known to take links; every refusal is the same 404.
     */
    private <T> T as(String token, Callable<T> work) {
        if (token == null || token.isBlank()) {
            throw new ApiError(400, "Le lien personnel manque : ouvrez la page depuis le lien reçu par e-mail.");
        }
        LinkToken claims = links.verify(token, Instant.now());
        if (!tenantWork.enabledIn(claims.tenant(), OnboardingSettings.ID)) {
            throw Links.invalid();
        }
        try {
            return tenantWork.call(claims.tenant(), work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
