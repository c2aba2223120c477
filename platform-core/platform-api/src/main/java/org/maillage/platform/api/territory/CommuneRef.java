package org.maillage.platform.api.territory;

import java.util.Objects;

/**
 * A commune of the official geographic code, as plugins see it.
 *
 * @param code        its INSEE code (5 characters: {@code 56260}, {@code 2A004}); what tenant data stores
 * @param nom         its official name ({@code Vannes})
 * @param departement the code of its département ({@code 56})
 * @param epci        the SIREN code of its intercommunalité, or {@code null} for the few communes in none
 * @param population  its municipal population, 0 when unknown
 */
public record CommuneRef(String code, String nom, String departement, String epci, int population) {

    public CommuneRef {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nom, "nom");
        Objects.requireNonNull(departement, "departement");
    }
}
