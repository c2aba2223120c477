package org.maillage.onboarding.actions.boundary;

import java.time.OffsetDateTime;
import org.maillage.onboarding.actions.entity.Participation;

/**
 * A volunteer on a first action: who, and where they stand ({@code status}: ENROLLED, WAITING, DONE,
 * LEFT, with its French {@code statusLabel}); {@code rank} is their place in the waiting list, from 1.
 */
public record ParticipationView(String actionId, String actionTitle, String volunteerId, String firstName, String lastName,
                                String communeName, String volunteerState, String status, String statusLabel,
                                boolean assigned, OffsetDateTime askedAt, Integer rank) {

    static ParticipationView of(Participation p, Integer rank) {
        var v = p.volunteer();
        return new ParticipationView(p.action().id(), p.action().title(), v.id(), v.firstName(), v.lastName(), v.communeName(),
                v.state().name(), p.status().name(), p.status().label(), p.assigned(), p.askedAt(), rank);
    }
}
