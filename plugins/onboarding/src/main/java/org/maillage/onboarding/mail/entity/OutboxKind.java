package org.maillage.onboarding.mail.entity;

/** Why an e-mail is in the outbox. */
public enum OutboxKind {
    /** A campaign's message to one volunteer. */
    CAMPAIGN,
    /** The daily digest of the to-do list, to one coordinator. */
    DIGEST
}
