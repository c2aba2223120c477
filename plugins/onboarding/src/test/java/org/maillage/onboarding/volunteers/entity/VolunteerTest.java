package org.maillage.onboarding.volunteers.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.onboarding.volunteers.entity.Volunteer.Commune;
import org.maillage.onboarding.volunteers.entity.Volunteer.Details;

class VolunteerTest {

    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

    @Test
    void completingFillsBlanksOnlyAndSaysWhetherAnythingChanged() {
        Volunteer v = new Volunteer("a@b.fr", "jeveuxaider", now);
        Details first = new Details("Élodie", null, "06 12 34 56 78", "56190", new Commune(null, null, List.of("56002", "56143")),
                null, "123", null);
        assertTrue(v.complete(first, now));
        assertNull(v.communeCode());
        assertEquals(List.of("56002", "56143"), v.communeCandidates());
        assertEquals("0612345678", v.phoneKey());
        assertFalse(v.complete(first, now), "the same details again change nothing");

        Details second = new Details("Autre", "Le Gall", "07 00 00 00 00", "35000", new Commune("35238", "Rennes", List.of()),
                LocalDate.of(1980, 1, 2), "999", "le samedi");
        assertTrue(v.complete(second, now));
        assertEquals("Élodie", v.firstName(), "never overwritten");
        assertEquals("Le Gall", v.lastName());
        assertEquals("56190", v.postcode());
        assertEquals("06 12 34 56 78", v.phone());
        assertEquals("123", v.jvaProfileId());
        assertEquals("le samedi", v.availability());
        assertFalse(v.complete(second, now));
    }

    @Test
    void erasureLeavesNothingThatNamesThePerson() {
        Volunteer v = new Volunteer("a@b.fr", "jeveuxaider", now);
        v.complete(new Details("Élodie", "Le Gall", "0612345678", "56000", new Commune("56260", "Vannes", List.of()),
                LocalDate.of(1980, 1, 2), "123", "le samedi"), now);
        v.erase(now);
        assertNull(v.email());
        assertNull(v.firstName());
        assertNull(v.lastName());
        assertNull(v.phone());
        assertNull(v.birthDate());
        assertNull(v.jvaProfileId());
        assertEquals(VolunteerState.WITHDRAWN, v.state());
        assertTrue(v.erased());
        assertEquals("56260", v.communeCode(), "the commune stays, for the counts");
    }
}
