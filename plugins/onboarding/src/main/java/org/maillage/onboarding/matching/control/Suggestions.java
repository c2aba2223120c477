package org.maillage.onboarding.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.maillage.onboarding.actions.control.FirstActions;
import org.maillage.onboarding.actions.entity.FirstAction;
import org.maillage.onboarding.actions.entity.ParticipationStatus;
import org.maillage.onboarding.api.OpenTeam;
import org.maillage.onboarding.api.TeamDirectory;
import org.maillage.onboarding.volunteers.control.Volunteers;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.onboarding.volunteers.entity.VolunteerState;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.plugin.Extensions;
import org.maillage.platform.api.territory.CommuneRef;
import org.maillage.platform.api.territory.Territory;

/**
 * Matching: first actions and teams near a volunteer, volunteers near a first action or a team.
 * Near is the same commune, then the same intercommunalité (EPCI), then the same département
 * ({@link Proximity}); farther is not suggested. Volunteers are matched on their settled commune
 * (none: no suggestion). Availability ({@link Availability}) filters out actions on days the volunteer
 * said they are not free. Teams come from the {@link TeamDirectory} contributions (the teams plugin,
 * when enabled). Joins the caller's transaction; used by the coordinators' API and the self-service page.
 */
@ApplicationScoped
public class Suggestions {

    /** Volunteers that are never suggested: those who left, went quiet, or were erased. */
    private static final Set<VolunteerState> UNAVAILABLE = Set.of(VolunteerState.WITHDRAWN, VolunteerState.INACTIVE);

    @Inject
    EntityManager em;

    @Inject
    Volunteers volunteers;

    @Inject
    FirstActions actions;

    @Inject
    Territory territory;

    @Inject
    Extensions extensions;

    /** An upcoming first action near a volunteer; {@code placesLeft} 0 means the waiting list. */
    public record ActionSuggestion(FirstAction action, Proximity proximity, long waiting) {
    }

    public record TeamSuggestion(OpenTeam team, Proximity proximity) {
    }

    public record VolunteerSuggestion(Volunteer volunteer, Proximity proximity) {
    }

    /** What to offer a volunteer. */
    public record ForVolunteer(List<ActionSuggestion> actions, List<TeamSuggestion> teams) {
    }

    /**
     * @return the upcoming actions near the volunteer that fit their availability — nearest first, then
     *         those with places left before those with a waiting list, then by date — leaving out those
     *         they are already on; and the teams near them, nearest first, then by name
     * @throws ApiError 404 for an unknown or erased volunteer
     */
    public ForVolunteer forVolunteer(String volunteerId, LocalDate today) {
        Volunteer volunteer = volunteers.find(volunteerId);
        Optional<CommuneRef> home = commune(volunteer.communeCode(), new HashMap<>());
        if (home.isEmpty()) {
            return new ForVolunteer(List.of(), List.of());
        }
        Availability availability = Availability.of(volunteer.availability());
        Set<String> taken = Set.copyOf(em.createQuery("select p.action.id from Participation p where p.volunteer.id = :id and p.status <> :left", String.class)
                .setParameter("id", volunteerId)
                .setParameter("left", ParticipationStatus.LEFT)
                .getResultList());
        Map<String, Long> waiting = actions.waiting();
        Map<String, Optional<CommuneRef>> communes = new HashMap<>();
        List<ActionSuggestion> near = new ArrayList<>();
        for (FirstAction action : actions.list(true, today)) {
            if (taken.contains(action.id()) || !availability.fits(action.startsOn(), action.endsOn())) {
                continue;
            }
            Proximity.between(home.get(), commune(action.communeCode(), communes).orElse(null))
                    .ifPresent(p -> near.add(new ActionSuggestion(action, p, waiting.getOrDefault(action.id(), 0L))));
        }
        near.sort(Comparator.comparing(ActionSuggestion::proximity)
                .thenComparing(s -> s.action().placesLeft() == 0)
                .thenComparing(s -> s.action().startsOn())
                .thenComparing(s -> s.action().title()));
        List<TeamSuggestion> teams = new ArrayList<>();
        for (OpenTeam team : openTeams()) {
            nearest(home.get(), team.communeCodes(), communes).ifPresent(p -> teams.add(new TeamSuggestion(team, p)));
        }
        teams.sort(Comparator.comparing(TeamSuggestion::proximity).thenComparing(s -> s.team().name()));
        return new ForVolunteer(near, teams);
    }

    /**
     * @return at most {@code max} volunteers near the action and free on its days, nearest first, then
     *         the least advanced in the pipeline, then by name; those already on it left out
     */
    public List<VolunteerSuggestion> forAction(String actionId, int max) {
        FirstAction action = actions.find(actionId);
        Set<String> taken = Set.copyOf(em.createQuery("select p.volunteer.id from Participation p where p.action.id = :id and p.status <> :left", String.class)
                .setParameter("id", actionId)
                .setParameter("left", ParticipationStatus.LEFT)
                .getResultList());
        return near(Set.of(action.communeCode()), max, v -> !taken.contains(v.id())
                && Availability.of(v.availability()).fits(action.startsOn(), action.endsOn()));
    }

    /**
     * @return at most {@code max} volunteers near one of the team's communes, not yet in a team
     * @throws ApiError 404 when no enabled teams plugin knows the team
     */
    public List<VolunteerSuggestion> forTeam(String teamId, int max) {
        OpenTeam team = openTeams().stream().filter(t -> t.id().equals(teamId)).findFirst()
                .orElseThrow(() -> new ApiError(404, "Aucune équipe ouverte n’a l’identifiant « " + teamId + " » dans cette coopération."));
        return near(team.communeCodes(), max, v -> v.state() != VolunteerState.IN_TEAM);
    }

    private List<VolunteerSuggestion> near(Set<String> places, int max, java.util.function.Predicate<Volunteer> keep) {
        Map<String, Optional<CommuneRef>> communes = new HashMap<>();
        List<CommuneRef> targets = places.stream().map(code -> commune(code, communes)).flatMap(Optional::stream).toList();
        if (targets.isEmpty()) {
            return List.of();
        }
        Set<String> departements = Set.copyOf(targets.stream().map(CommuneRef::departement).toList());
        List<String> around = territory.communesOfTenant().stream().filter(c -> departements.contains(c.departement()))
                .map(CommuneRef::code).toList();
        if (around.isEmpty()) {
            return List.of();
        }
        List<VolunteerSuggestion> found = new ArrayList<>();
        em.createQuery("select v from Volunteer v where v.erasedAt is null and v.state not in :gone and v.communeCode in :around", Volunteer.class)
                .setParameter("gone", UNAVAILABLE)
                .setParameter("around", around)
                .getResultStream()
                .filter(keep)
                .forEach(v -> nearest(v.communeCode(), targets, communes).ifPresent(p -> found.add(new VolunteerSuggestion(v, p))));
        return found.stream()
                .sorted(Comparator.comparing(VolunteerSuggestion::proximity)
                        .thenComparing(s -> s.volunteer().state().ordinal())
                        .thenComparing(s -> s.volunteer().lastName(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(s -> s.volunteer().firstName(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(s -> s.volunteer().id()))
                .limit(max)
                .toList();
    }

    private List<OpenTeam> openTeams() {
        return extensions.contributions(TeamDirectory.class).stream().flatMap(d -> d.openTeams().stream()).toList();
    }

    private Optional<Proximity> nearest(CommuneRef home, Set<String> codes, Map<String, Optional<CommuneRef>> communes) {
        return codes.stream().map(code -> Proximity.between(home, commune(code, communes).orElse(null)))
                .flatMap(Optional::stream).min(Comparator.naturalOrder());
    }

    private Optional<Proximity> nearest(String code, List<CommuneRef> targets, Map<String, Optional<CommuneRef>> communes) {
        Optional<CommuneRef> home = commune(code, communes);
        return home.flatMap(h -> targets.stream().map(t -> Proximity.between(h, t)).flatMap(Optional::stream).min(Comparator.naturalOrder()));
    }

    private Optional<CommuneRef> commune(String code, Map<String, Optional<CommuneRef>> communes) {
        return code == null ? Optional.empty() : communes.computeIfAbsent(code, territory::commune);
    }
}
