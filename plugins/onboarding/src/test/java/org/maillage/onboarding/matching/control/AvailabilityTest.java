package org.maillage.onboarding.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

    /** A Saturday. */
    private static final LocalDate SATURDAY = LocalDate.of(2027, 3, 13);

    @Test
    void readsDayNamesWeekAndWeekEndWithoutAccentsOrCase() {
        assertEquals(EnumSet.of(DayOfWeek.SATURDAY), Availability.of("Le SAMEDI matin").days());
        assertEquals(EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY), Availability.of("les mercredis et dimanches").days());
        assertEquals(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Availability.of("Week-end").days());
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Availability.of("en semaine, le soir").days());
        assertEquals(Set.of(), Availability.of("quand je peux").days());
        assertTrue(Availability.of(null).unknown());
    }

    @Test
    void anActionFitsWhenOneOfItsDaysIsFree() {
        assertTrue(Availability.of("samedi").fits(SATURDAY, SATURDAY));
        assertFalse(Availability.of("en semaine").fits(SATURDAY, SATURDAY.plusDays(1)));
        assertTrue(Availability.of("le lundi").fits(SATURDAY, SATURDAY.plusDays(2)));
        assertTrue(Availability.of("le mardi").fits(SATURDAY, SATURDAY.plusDays(30)));
        assertTrue(Availability.of("n'importe quand").fits(SATURDAY, SATURDAY), "saying nothing usable fits any day");
    }
}
