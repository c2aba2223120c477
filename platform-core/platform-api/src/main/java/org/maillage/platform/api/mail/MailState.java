package org.maillage.platform.api.mail;

/** Where an e-mail of the outbox stands. */
public enum MailState {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Accepted by the SMTP server; its body is gone. */
    SENT,
    /** Given up after the last attempt; a coordinator may retry it. */
    FAILED
}
