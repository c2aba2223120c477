package org.maillage.onboarding.mail.boundary;

import java.time.OffsetDateTime;
import org.maillage.onboarding.mail.entity.OutboxMessage;

/** An e-mail of the outbox, without its body. */
public record OutboxView(String id, String kind, String campaignId, String recipient, String subject, String state,
                         int attempts, String lastError, OffsetDateTime nextAttemptAt, OffsetDateTime createdAt, OffsetDateTime sentAt) {

    static OutboxView of(OutboxMessage m) {
        return new OutboxView(m.id(), m.kind().name(), m.campaignId(), m.recipient(), m.subject(), m.state().name(),
                m.attempts(), m.lastError(), m.nextAttemptAt(), m.createdAt(), m.sentAt());
    }
}
