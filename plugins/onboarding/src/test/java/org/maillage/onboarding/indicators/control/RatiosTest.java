package org.maillage.onboarding.indicators.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RatiosTest {

    @Test
    void percentWithOneDecimalAndZeroForNothing() {
        assertEquals(66.7, Ratios.percent(2, 3));
        assertEquals(100.0, Ratios.percent(5, 5));
        assertEquals(0.0, Ratios.percent(0, 0));
    }

    @Test
    void perUnitIsAbsentWithoutUnits() {
        assertEquals(Optional.of(3.4), Ratios.per(3400, 1000));
        assertEquals(Optional.empty(), Ratios.per(12, 0));
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(Optional.of(5.0), Ratios.median(List.of(9L, 1L, 5L)));
        assertEquals(Optional.of(4.5), Ratios.median(List.of(10L, 1L, 4L, 5L)));
        assertEquals(Optional.empty(), Ratios.median(List.of()));
    }
}
