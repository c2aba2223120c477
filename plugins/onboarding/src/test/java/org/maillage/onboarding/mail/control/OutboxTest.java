package org.maillage.onboarding.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.maillage.onboarding.mail.entity.OutboxKind;
import org.maillage.onboarding.mail.entity.OutboxMessage;
import org.maillage.onboarding.mail.entity.OutboxState;

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

    @Test
    void aMessageFailsUntilGivenUpThenARetryStartsAfresh() {
        OffsetDateTime now = OffsetDateTime.of(2026, 11, 29, 10, 0, 0, 0, ZoneOffset.UTC);
        OutboxMessage message = new OutboxMessage(OutboxKind.CAMPAIGN, "c", "anne@exemple.fr", "Objet", "Texte", null, now);
        assertThrows(IllegalStateException.class, () -> message.retry(now), "only a failed message is retried");
        message.attemptFailed("Échec de l'envoi : connexion refusée", now.plusMinutes(1));
        assertEquals(OutboxState.PENDING, message.state());
        assertEquals(now.plusMinutes(1), message.nextAttemptAt());
        message.attemptFailed("x".repeat(2000), null);
        assertEquals(OutboxState.FAILED, message.state());
        assertEquals(2, message.attempts());
        assertEquals(OutboxMessage.ERROR_MAX, message.lastError().length());
        message.retry(now.plusHours(1));
        assertEquals(OutboxState.PENDING, message.state());
        assertEquals(0, message.attempts());
        assertEquals(now.plusHours(1), message.nextAttemptAt());
        message.sent(now.plusHours(2));
        assertEquals(OutboxState.SENT, message.state());
        assertNull(message.lastError());
    }
}
