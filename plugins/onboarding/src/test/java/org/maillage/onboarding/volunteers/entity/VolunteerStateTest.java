package org.maillage.onboarding.volunteers.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.onboarding.volunteers.entity.VolunteerState.CONTACTED;
import static org.maillage.onboarding.volunteers.entity.VolunteerState.FIRST_ACTION;
import static org.maillage.onboarding.volunteers.entity.VolunteerState.INACTIVE;
import static org.maillage.onboarding.volunteers.entity.VolunteerState.IN_TEAM;
import static org.maillage.onboarding.volunteers.entity.VolunteerState.MET;
import static org.maillage.onboarding.volunteers.entity.VolunteerState.NEW;
import static org.maillage.onboarding.volunteers.entity.VolunteerState.RESPONDED;
import static org.maillage.onboarding.volunteers.entity.VolunteerState.WITHDRAWN;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VolunteerStateTest {

    @Test
    void thePipelineGoesForwardOneStepOrMoreNeverBack() {
        assertEquals(Set.of(CONTACTED, RESPONDED, MET, FIRST_ACTION, IN_TEAM, INACTIVE, WITHDRAWN), NEW.next());
        assertTrue(MET.allows(IN_TEAM));
        assertFalse(MET.allows(RESPONDED));
        assertFalse(IN_TEAM.allows(NEW));
        assertEquals(Set.of(INACTIVE, WITHDRAWN), IN_TEAM.next());
    }

    @Test
    void inactiveAndWithdrawnComeBackOnlyTheirWay() {
        assertEquals(Set.of(CONTACTED, RESPONDED, MET, FIRST_ACTION, IN_TEAM, WITHDRAWN), INACTIVE.next());
        assertEquals(Set.of(RESPONDED), WITHDRAWN.next());
        for (VolunteerState state : VolunteerState.values()) {
            assertFalse(state.allows(state), state + " to itself");
        }
    }

    @Test
    void reasonsAreNeededToLeaveThePipelineOrComeBackFromWithdrawal() {
        assertTrue(NEW.needsReason(WITHDRAWN));
        assertTrue(MET.needsReason(INACTIVE));
        assertTrue(WITHDRAWN.needsReason(RESPONDED));
        assertFalse(NEW.needsReason(CONTACTED));
        assertFalse(INACTIVE.needsReason(CONTACTED));
    }

    @Test
    void refusalsAreFrenchAndListWhatIsPossible() {
        assertEquals("Passage impossible de « Dans une équipe » à « Nouveau ». Depuis « Dans une équipe », un bénévole peut passer à : "
                + "« Inactif », « Retiré ».", IN_TEAM.refusal(NEW));
        assertEquals("Ce bénévole est déjà à l’étape « Contacté ».", CONTACTED.refusal(CONTACTED));
    }

    @Test
    void statesAreParsedFromTheirCodes() {
        assertEquals(FIRST_ACTION, VolunteerState.parse(" first-action "));
        assertEquals(null, VolunteerState.parse("ENCOURS"));
    }

    @Test
    void theEntityRecordsEachMoveAndRefusesImpossibleOnes() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Volunteer volunteer = new Volunteer("  Anne.Le-Goff@Exemple.FR ", "jeveuxaider", now);
        assertEquals("anne.le-goff@exemple.fr", volunteer.email());
        VolunteerTransition transition = volunteer.moveTo(CONTACTED, null, "coord", now);
        assertEquals(NEW, transition.from());
        assertEquals(CONTACTED, transition.to());
        assertEquals("coord", transition.by());
        assertEquals(CONTACTED, volunteer.state());
        assertThrows(IllegalStateException.class, () -> volunteer.moveTo(NEW, null, "coord", now));
    }
}
