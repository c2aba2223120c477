package org.maillage.onboarding.actions.entity;

/** Where a volunteer stands with a first action. */
public enum ParticipationStatus {
    /** Has a place. */
    ENROLLED("Inscrit"),
    /** Waits for a place, first come first served. */
    WAITING("En liste d’attente"),
    /** Took part: a coordinator confirmed it. */
    DONE("Action réalisée"),
    /** Left the action, or was taken off it. */
    LEFT("Désinscrit");

    private final String label;

    ParticipationStatus(String label) {
        this.label = label;
    }

    /** @return the French name shown to users */
    public String label() {
        return label;
    }
}
