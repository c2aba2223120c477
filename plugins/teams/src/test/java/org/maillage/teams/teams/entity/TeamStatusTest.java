package org.maillage.teams.teams.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TeamStatusTest {

    @Test
    void allowsExactlyTheMovesOfTheLifecycle() {
        assertEquals(EnumSet.of(TeamStatus.ACTIVE, TeamStatus.CLOSED), TeamStatus.PROJECT.next());
        assertEquals(EnumSet.of(TeamStatus.DORMANT, TeamStatus.CLOSED), TeamStatus.ACTIVE.next());
        assertEquals(EnumSet.of(TeamStatus.ACTIVE, TeamStatus.CLOSED), TeamStatus.DORMANT.next());
        assertTrue(TeamStatus.CLOSED.next().isEmpty());
        assertFalse(TeamStatus.PROJECT.allows(TeamStatus.DORMANT));
        assertFalse(TeamStatus.ACTIVE.allows(TeamStatus.PROJECT));
        assertFalse(TeamStatus.ACTIVE.allows(TeamStatus.ACTIVE));
    }

    @Test
    void reasonsAreNeededToPauseOrClose() {
        assertTrue(TeamStatus.needsReason(TeamStatus.DORMANT));
        assertTrue(TeamStatus.needsReason(TeamStatus.CLOSED));
        assertFalse(TeamStatus.needsReason(TeamStatus.ACTIVE));
    }

    @Test
    void refusalsSayWhatIsPossibleInFrench() {
        assertEquals("Passage impossible de « En projet » à « En sommeil ». Depuis « En projet », une équipe peut passer à : « Active » ou « Fermée ».",
                TeamStatus.PROJECT.refusal(TeamStatus.DORMANT));
        assertEquals("Cette équipe est déjà au statut « Active ».", TeamStatus.ACTIVE.refusal(TeamStatus.ACTIVE));
        assertTrue(TeamStatus.CLOSED.refusal(TeamStatus.ACTIVE).contains("créez une nouvelle équipe"));
    }

    @Test
    void parsesCodesInAnyCase() {
        assertEquals(TeamStatus.DORMANT, TeamStatus.parse(" dormant "));
        assertNull(TeamStatus.parse("sleeping"));
    }

    @Test
    void aTeamRefusesAnImpossibleMoveAndRecordsAnAllowedOne() {
        OffsetDateTime now = OffsetDateTime.now();
        Team team = new Team("Les voisins", now);
        assertThrows(IllegalStateException.class, () -> team.moveTo(TeamStatus.DORMANT, "pause", "coord", now));
        TeamTransition transition = team.moveTo(TeamStatus.ACTIVE, null, "coord", now);
        assertEquals(TeamStatus.PROJECT, transition.from());
        assertEquals(TeamStatus.ACTIVE, team.status());
    }
}
