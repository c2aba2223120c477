package org.maillage.experience.fiches.entity;

/** Who reads a fiche: its writers (and the cooperation's coordinators), its cooperation, or the whole network. */
public enum FicheState {
    DRAFT("Brouillon"),
    COOPERATION("Partagée avec la coopération"),
    NETWORK("Partagée avec le réseau");

    private final String label;

    FicheState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
