package org.maillage.onboarding.mail.entity;

/** Where an e-mail of the outbox stands. */
public enum OutboxState {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up after the last attempt; a coordinator may retry it. */
    FAILED
}
