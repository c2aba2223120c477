package org.maillage.platform.mail.control;

/** Fired by {@link Outbox#queue} once per transaction that queued messages of {@code cooperation}. */
public record MailQueued(String cooperation) {
}
