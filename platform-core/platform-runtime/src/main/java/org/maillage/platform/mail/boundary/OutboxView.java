package org.maillage.platform.mail.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.maillage.platform.mail.entity.OutboxMessage;

/** An e-mail of the outbox, without its body: the plugin that queued it, with its reference and tags. */
public record OutboxView(String id, String plugin, String reference, List<String> tags, String recipient, String subject, String state,
                         int attempts, String lastError, OffsetDateTime nextAttemptAt, OffsetDateTime createdAt, OffsetDateTime sentAt) {

    static OutboxView of(OutboxMessage m) {
        return new OutboxView(m.id(), m.plugin(), m.reference(), m.tags(), m.recipient(), m.subject(), m.state().name(),
                m.attempts(), m.lastError(), m.nextAttemptAt(), m.createdAt(), m.sentAt());
    }
}
