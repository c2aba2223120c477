package org.maillage.onboarding.volunteers.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.onboarding.volunteers.entity.VolunteerState;
import org.maillage.onboarding.volunteers.entity.VolunteerTransition;
import org.maillage.platform.api.territory.CommuneRef;

/**
 * A volunteer as the API shows it.
 *
 * @param commune           the commune, null when unknown or not settled
 * @param communeCandidates the communes an ambiguous postcode serves, until one is chosen
 * @param next              the states the volunteer may move to now
 * @param transitions       the history of state changes, oldest first; only on the detail
 */
public record VolunteerView(String id, String firstName, String lastName, String email, String phone, String postcode,
                            CommuneView commune, List<CommuneView> communeCandidates, LocalDate birthDate, String source,
                            String jvaProfileId, boolean consent, OffsetDateTime consentAt, String availability,
                            String interests, String notes, String state, String stateLabel, String stateReason,
                            OffsetDateTime stateChangedAt, List<String> next, OffsetDateTime createdAt,
                            OffsetDateTime updatedAt, List<TransitionView> transitions) {

    public record CommuneView(String code, String nom) {

        static CommuneView of(CommuneRef ref) {
            return new CommuneView(ref.code(), ref.nom());
        }
    }

    public record TransitionView(String from, String to, String reason, String by, OffsetDateTime at) {

        static TransitionView of(VolunteerTransition t) {
            return new TransitionView(t.from().name(), t.to().name(), t.reason(), t.by(), t.at());
        }
    }

    static VolunteerView of(Volunteer v, List<CommuneView> candidates, List<VolunteerTransition> transitions) {
        return new VolunteerView(v.id(), v.firstName(), v.lastName(), v.email(), v.phone(), v.postcode(),
                v.communeCode() == null ? null : new CommuneView(v.communeCode(), v.communeName()), candidates,
                v.birthDate(), v.source(), v.jvaProfileId(), v.consent(), v.consentAt(), v.availability(), v.interests(),
                v.notes(), v.state().name(), v.state().label(), v.stateReason(), v.stateChangedAt(),
                v.state().next().stream().map(VolunteerState::name).toList(), v.createdAt(), v.updatedAt(),
                transitions == null ? null : transitions.stream().map(TransitionView::of).toList());
    }
}
