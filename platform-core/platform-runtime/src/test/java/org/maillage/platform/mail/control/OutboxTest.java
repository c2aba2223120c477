package org.maillage.platform.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.maillage.platform.api.mail.MailState;
import org.maillage.platform.api.mail.Message;
import org.maillage.platform.mail.entity.OutboxMessage;

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
        OutboxMessage message = new OutboxMessage(Message.of("onboarding", "anne@exemple.fr", "Objet", "Texte").withReference("c"), now);
        assertThrows(IllegalStateException.class, () -> message.retry(now), "only a failed message is retried");
        message.attemptFailed("Échec de l’envoi : connexion refusée", now.plusMinutes(1));
        assertEquals(MailState.PENDING, message.state());
        assertEquals(now.plusMinutes(1), message.nextAttemptAt());
        message.attemptFailed("x".repeat(2000), null);
        assertEquals(MailState.FAILED, message.state());
        assertEquals(2, message.attempts());
        assertEquals(OutboxMessage.ERROR_MAX, message.lastError().length());
        message.retry(now.plusHours(1));
        assertEquals(MailState.PENDING, message.state());
        assertEquals(0, message.attempts());
        assertEquals(now.plusHours(1), message.nextAttemptAt());
        message.sent(now.plusHours(2));
        assertEquals(MailState.SENT, message.state());
        assertNull(message.lastError());
        assertNull(message.body(), "a sent message loses its body");
    }
}
