package org.maillage.onboarding.matching.control;

import java.util.Objects;
import java.util.Optional;
import org.maillage.platform.api.territory.CommuneRef;

/** How near two communes are, nearest first; farther than the same département is not near. */
public enum Proximity {
    COMMUNE("Même commune"),
    EPCI("Même intercommunalité"),
    DEPARTEMENT("Même département");

    private final String label;

    Proximity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** @return how near the communes are, empty when in different départements (or one is unknown) */
    public static Optional<Proximity> between(CommuneRef a, CommuneRef b) {
        if (a == null || b == null) {
            return Optional.empty();
        }
        if (a.code().equals(b.code())) {
            return Optional.of(COMMUNE);
        }
        if (a.epci() != null && Objects.equals(a.epci(), b.epci())) {
            return Optional.of(EPCI);
        }
        return a.departement().equals(b.departement()) ? Optional.of(DEPARTEMENT) : Optional.empty();
    }
}
