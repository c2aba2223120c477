package org.maillage.platform.http.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RateCountersTest {

    @Test
    void countsEachKeyInItsWindowAndSaysHowLongToWait() {
        RateCounters counters = new RateCounters();
        Instant start = Instant.parse("2026-12-06T10:00:00Z");
        counters.clock = Clock.fixed(start, ZoneOffset.UTC);
        assertTrue(counters.hit("a", 2, 60).isEmpty());
        assertTrue(counters.hit("a", 2, 60).isEmpty());
        assertTrue(counters.hit("b", 2, 60).isEmpty(), "another key has its own count");
        counters.clock = Clock.offset(counters.clock, Duration.ofSeconds(20));
        assertEquals(OptionalLong.of(40), counters.hit("a", 2, 60));
        counters.clock = Clock.fixed(start.plusSeconds(60), ZoneOffset.UTC);
        assertTrue(counters.hit("a", 2, 60).isEmpty(), "a new window");
    }
}
