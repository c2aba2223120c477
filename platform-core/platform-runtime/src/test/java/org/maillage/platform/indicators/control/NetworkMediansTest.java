package org.maillage.platform.indicators.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NetworkMediansTest {

    private static List<BigDecimal> values(String... numbers) {
        return Stream.of(numbers).map(BigDecimal::new).toList();
    }

    @Test
    void theMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertEquals(0, new BigDecimal("3").compareTo(NetworkMedians.median(values("5", "1", "3", "9", "2")).orElseThrow()));
        assertEquals(0, new BigDecimal("3.5").compareTo(NetworkMedians.median(values("5", "1", "3", "9", "2", "4")).orElseThrow()));
    }

    @Test
    void noMedianUnderFiveCooperations() {
        assertTrue(NetworkMedians.median(values("5", "1", "3", "9")).isEmpty(), "four cooperations would tell each other too much");
        assertTrue(NetworkMedians.median(List.of()).isEmpty());
    }
}
