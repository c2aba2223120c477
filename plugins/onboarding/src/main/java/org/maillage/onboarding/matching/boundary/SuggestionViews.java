package org.maillage.onboarding.matching.boundary;

import java.util.List;
import org.maillage.onboarding.actions.boundary.FirstActionView;
import org.maillage.onboarding.matching.control.Suggestions;

/** The answers of the matching endpoints; {@code proximity} is COMMUNE, EPCI or DEPARTEMENT, with its French label. */
public final class SuggestionViews {

    private SuggestionViews() {
    }

    public record ActionView(FirstActionView action, String proximity, String proximityLabel) {
    }

    public record TeamView(String id, String name, String proximity, String proximityLabel) {
    }

    public record VolunteerView(String id, String firstName, String lastName, String communeName, String state,
                                String stateLabel, String proximity, String proximityLabel) {
    }

    public record ForVolunteerView(List<ActionView> actions, List<TeamView> teams) {
    }

    public static ForVolunteerView of(Suggestions.ForVolunteer found) {
        return new ForVolunteerView(
                found.actions().stream().map(s -> new ActionView(FirstActionView.of(s.action(), s.waiting()),
                        s.proximity().name(), s.proximity().label())).toList(),
                found.teams().stream().map(s -> new TeamView(s.team().id(), s.team().name(),
                        s.proximity().name(), s.proximity().label())).toList());
    }

    public static List<VolunteerView> of(List<Suggestions.VolunteerSuggestion> found) {
        return found.stream().map(s -> {
            var v = s.volunteer();
            return new VolunteerView(v.id(), v.firstName(), v.lastName(), v.communeName(), v.state().name(), v.state().label(),
                    s.proximity().name(), s.proximity().label());
        }).toList();
    }
}
