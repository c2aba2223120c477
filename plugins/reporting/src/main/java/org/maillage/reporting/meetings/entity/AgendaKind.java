package org.maillage.reporting.meetings.entity;

/** Where an agenda item comes from. */
public enum AgendaKind {
    /** A cooperation's submitted report; its reference is the report's id. */
    REPORT,
    /** A question a cooperation raised; its reference is the question's id. */
    QUESTION,
    /** A plugin's proposal ({@code AgendaProposals}); its reference is the proposal's key. */
    PROPOSAL,
    /** A subject the network admin wrote; no reference. */
    NETWORK
}
