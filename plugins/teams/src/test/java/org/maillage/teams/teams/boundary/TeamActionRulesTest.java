package org.maillage.teams.teams.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class TeamActionRulesTest {

    @Test
    void acceptsFirstNamesAndInitials() {
        assertEquals("Marie, J.-P., Anne-Sophie", TeamActionRules.firstNames("Marie, J.-P.  Anne-Sophie"));
        assertEquals("Hélène", TeamActionRules.firstNames("Hélène"));
        assertNull(TeamActionRules.firstNames(null));
    }

    @Test
    void refusesWhatCouldIdentifyOrDescribeAPerson() {
        assertFalse(TeamActionRules.acceptable("Marie 06 12 34 56 78"));
        assertFalse(TeamActionRules.acceptable("Jean, 12 rue des Lilas"));
        assertFalse(TeamActionRules.acceptable("Marie a chuté et souffre de diabète depuis"));
        assertFalse(TeamActionRules.acceptable("Anticonstitutionnellement"));
    }
}
