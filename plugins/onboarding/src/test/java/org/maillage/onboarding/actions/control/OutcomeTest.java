package org.maillage.onboarding.actions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.maillage.onboarding.volunteers.entity.VolunteerState;

class OutcomeTest {

    @Test
    void aConfirmedParticipationLeadsToFirstActionFromEarlierStepsOnly() {
        for (VolunteerState before : new VolunteerState[]{VolunteerState.NEW, VolunteerState.CONTACTED, VolunteerState.RESPONDED,
                VolunteerState.MET, VolunteerState.INACTIVE}) {
            assertEquals(Optional.of(VolunteerState.FIRST_ACTION), Outcome.afterParticipation(before), before.name());
            assertEquals(true, before.allows(VolunteerState.FIRST_ACTION), "the pipeline allows it from " + before);
        }
        for (VolunteerState stays : new VolunteerState[]{VolunteerState.FIRST_ACTION, VolunteerState.IN_TEAM, VolunteerState.WITHDRAWN}) {
            assertEquals(Optional.empty(), Outcome.afterParticipation(stays), stays.name());
        }
    }
}
