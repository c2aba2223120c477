package org.maillage.onboarding.actions.control;

import java.util.Optional;
import org.maillage.onboarding.volunteers.entity.VolunteerState;

/**
 * What taking part in a first action does to a volunteer's state: once a coordinator confirms the
 * participation, a volunteer before FIRST_ACTION in the pipeline (or INACTIVE: they came back) moves
 * to FIRST_ACTION; one already there or in a team stays; a withdrawn one is not moved (they cannot be
 * enrolled anyway).
 */
public final class Outcome {

    private Outcome() {
    }

    /** @return the state to move to after a confirmed participation, empty when the state stays */
    public static Optional<VolunteerState> afterParticipation(VolunteerState current) {
        boolean before = current.inPipeline() && current.ordinal() < VolunteerState.FIRST_ACTION.ordinal();
        return before || current == VolunteerState.INACTIVE ? Optional.of(VolunteerState.FIRST_ACTION) : Optional.empty();
    }
}
