package org.maillage.reporting.reports.entity;

import java.util.Map;
import java.util.Set;

/**
 * Where a report stands. DRAFT → SUBMITTED → ACKNOWLEDGED, or RETURNED (with the network's comment) and
 * SUBMITTED again. A report is edited only in DRAFT or RETURNED; ACKNOWLEDGED is final.
 */
public enum ReportState {
    DRAFT("Brouillon"),
    SUBMITTED("Transmis au réseau"),
    RETURNED("Renvoyé pour compléments"),
    ACKNOWLEDGED("Reçu par le réseau");

    private static final Map<ReportState, Set<ReportState>> NEXT = Map.of(
            DRAFT, Set.of(SUBMITTED),
            RETURNED, Set.of(SUBMITTED),
            SUBMITTED, Set.of(ACKNOWLEDGED, RETURNED),
            ACKNOWLEDGED, Set.of());

    private final String label;

    ReportState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean allows(ReportState next) {
        return NEXT.get(this).contains(next);
    }

    /** @return why the move from this state to {@code next} is refused, in French */
    public String refusal(ReportState next) {
        return "Le rapport est à l’état « " + label + " » : il ne peut pas passer à l’état « " + next.label + " ».";
    }
}
