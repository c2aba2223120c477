package org.maillage.experience.network.entity;

/** What another cooperation writes on a shared fiche. */
public enum ExchangeKind {
    /** Asks the author cooperation, which answers. */
    QUESTION,
    /** Says something, nothing to answer. */
    COMMENT
}
