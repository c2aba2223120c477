package org.maillage.platform.tenancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DepartementsTest {

    private final Departements departements = new Departements();

    @Test
    void knowsTheOfficialList() {
        assertEquals(109, departements.count());
        assertEquals("Morbihan", departements.name("56"));
        assertTrue(departements.exists("2A"));
        assertTrue(departements.exists("971"));
    }

    @Test
    void refusesWhatIsNotADepartement() {
        assertFalse(departements.exists("20"));
        assertFalse(departements.exists("99"));
        assertFalse(departements.exists("2a"));
        assertFalse(departements.exists(""));
        assertFalse(departements.exists(null));
    }
}
