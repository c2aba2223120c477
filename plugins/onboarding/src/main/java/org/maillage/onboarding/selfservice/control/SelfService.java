package org.maillage.onboarding.selfservice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.maillage.onboarding.actions.control.FirstActions;
import org.maillage.onboarding.actions.entity.Participation;
import org.maillage.onboarding.matching.control.Suggestions;
import org.maillage.onboarding.matching.control.Suggestions.ForVolunteer;
import org.maillage.onboarding.selfservice.control.Links.Link;
import org.maillage.onboarding.volunteers.control.Pipeline;
import org.maillage.onboarding.personaldata.control.VolunteerPersonalData;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.onboarding.volunteers.entity.VolunteerState;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.platform.api.territory.CommuneRef;
import org.maillage.platform.api.territory.Territory;

/**
 * What a volunteer does through their link, in the current cooperation; every call checks the link
 * first ({@link Links#check}) and joins the caller's transaction. Opening counts as « opened » for the
 * campaign the link came with, any answer as « answered ». Changes are recorded as made by
 * {@value #BY}.
 */
@ApplicationScoped
public class SelfService {

    public static final String BY = "le bénévole, par son lien personnel";
    static final int TEXT_MAX = 500;

    @Inject
    Links links;

    @Inject
    Pipeline pipeline;

    @Inject
    Territory territory;

    @Inject
    VolunteerPersonalData personalData;

    @Inject
    Suggestions suggestions;

    @Inject
    FirstActions actions;

    /** What the person tells through the page; null for what they leave as it is. */
    public record Answer(Boolean interested, String availability, String commune, Boolean consent) {
    }

    public Volunteer open(String token) {
        Link link = links.check(token, Instant.now());
        link.recipient().ifPresent(r -> r.opened(now()));
        return link.volunteer();
    }

    public Volunteer answer(String token, Answer answer) {
        Link link = links.check(token, Instant.now());
        Volunteer volunteer = link.volunteer();
        CommuneRef commune = null;
        if (answer.commune() != null && !answer.commune().isBlank()) {
            commune = territory.commune(answer.commune().trim())
                    .filter(c -> territory.communesOfTenant().stream().anyMatch(t -> t.code().equals(c.code())))
                    .orElseThrow(() -> ApiError.invalidField("commune", "doit être une commune du territoire de la coopération"));
        }
        if (answer.availability() != null && answer.availability().length() > TEXT_MAX) {
            throw ApiError.invalidField("availability", "ne doit pas dépasser " + TEXT_MAX + " caractères");
        }
        if (Boolean.TRUE.equals(answer.interested())) {
            confirmInterest(volunteer);
        }
        volunteer.answer(answer.availability(), commune, now());
        if (answer.consent() != null) {
            volunteer.consent(answer.consent(), now());
        }
        link.recipient().ifPresent(r -> r.answered(now()));
        return volunteer;
    }

    /** NEW or CONTACTED → RESPONDED; a volunteer further on stays where they are; one who left comes back as RESPONDED. */
    private void confirmInterest(Volunteer volunteer) {
        VolunteerState state = volunteer.state();
        if (state == VolunteerState.NEW || state == VolunteerState.CONTACTED) {
            pipeline.move(volunteer, VolunteerState.RESPONDED, null, BY);
        } else if (state == VolunteerState.WITHDRAWN || state == VolunteerState.INACTIVE) {
            pipeline.move(volunteer, VolunteerState.RESPONDED, "A confirmé son intérêt par son lien personnel", BY);
        }
    }

    public Volunteer withdraw(String token, String reason) {
        Link link = links.check(token, Instant.now());
        Volunteer volunteer = link.volunteer();
        if (reason == null || reason.isBlank()) {
            throw ApiError.invalidField("reason", "est obligatoire : dites-nous en quelques mots pourquoi vous arrêtez");
        }
        if (volunteer.state() != VolunteerState.WITHDRAWN) {
            pipeline.move(volunteer, VolunteerState.WITHDRAWN, reason, BY);
        }
        link.recipient().ifPresent(r -> r.answered(now()));
        return volunteer;
    }

    public void unsubscribe(String token) {
        Link link = links.check(token, Instant.now());
        link.volunteer().unsubscribe(now());
        link.recipient().ifPresent(r -> r.answered(now()));
    }

    /** Anonymises the person through the plugin's RGPD erasure; the link stops working. */
    public void erase(String token) {
        Link link = links.check(token, Instant.now());
        link.recipient().ifPresent(r -> r.answered(now()));
        personalData.erase(new Person(link.volunteer().email()));
    }

    /** @return the communes of the cooperation's territory that the postcode serves */
    public List<CommuneRef> communes(String token, String postcode) {
        links.check(token, Instant.now());
        if (postcode == null || !postcode.trim().matches("[0-9]{5}")) {
            throw ApiError.invalidField("postcode", "doit être un code postal de cinq chiffres");
        }
        List<CommuneRef> territoryCommunes = territory.communesOfTenant();
        return territory.communesOfPostcode(postcode.trim()).stream()
                .filter(c -> territoryCommunes.stream().anyMatch(t -> t.code().equals(c.code())))
                .toList();
    }

    /** @return the first actions and teams near the volunteer; none once they withdrew */
    public ForVolunteer suggestions(String token) {
        return suggestionsFor(links.check(token, Instant.now()).volunteer());
    }

    public ForVolunteer suggestionsFor(Volunteer volunteer) {
        if (volunteer.state() == VolunteerState.WITHDRAWN) {
            return new ForVolunteer(List.of(), List.of());
        }
        return suggestions.forVolunteer(volunteer.id(), today());
    }

    /**
     * Signs the volunteer up to one of the first actions suggested to them: a place, else the waiting list.
     *
     * @throws ApiError 404 for an action that is not among their suggestions
     */
    public Participation takePart(String token, String actionId) {
        Link link = links.check(token, Instant.now());
        Volunteer volunteer = link.volunteer();
        boolean suggested = suggestionsFor(volunteer).actions().stream().anyMatch(s -> s.action().id().equals(actionId));
        if (!suggested) {
            throw new ApiError(404, "Cette action ne fait pas partie de celles qui vous sont proposées.");
        }
        Participation participation = actions.enrol(actionId, volunteer.id(), false, BY, today(), now());
        link.recipient().ifPresent(r -> r.answered(now()));
        return participation;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
