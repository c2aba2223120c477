package org.maillage.onboarding.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OutboxTest {

    @Test
    void retriesWaitTwiceAsLongEachTimeAtMostAnHourThenGiveUp() {
        Outbox outbox = new Outbox();
        outbox.retrySeconds = 60;
        outbox.maxAttempts = 10;
        OffsetDateTime now = OffsetDateTime.of(2026, 11, 29, 10, 0, 0, 0, ZoneOffset.UTC);
        assertEquals(now.plusSeconds(60), outbox.retryAt(1, now));
        assertEquals(now.plusSeconds(120), outbox.retryAt(2, now));
        assertEquals(now.plusSeconds(480), outbox.retryAt(4, now));
        assertEquals(now.plusHours(1), outbox.retryAt(9, now));
        assertNull(outbox.retryAt(10, now));
    }
}
