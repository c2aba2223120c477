package org.maillage.platform.territory.entity;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A commune of the official geographic code, as of the shipped reference data.
 *
 * @param code         its INSEE code (5 characters: {@code 35288}, {@code 2A004}, {@code 97101})
 * @param nom          its official name
 * @param departement  the code of its département
 * @param region       the code of its région
 * @param epci         its intercommunalité, null for the few communes that belong to none (islands, overseas)
 * @param population   its municipal population, null when unknown
 * @param codesPostaux the postcodes that serve it, sorted
 */
public record Commune(String code, String nom, String departement, String region, Epci epci, Integer population,
                      List<String> codesPostaux) {

    /** French alphabetical order of the names (accents and case second), then code. */
    public static final Comparator<Commune> BY_NAME = byName();

    public Commune {
        codesPostaux = List.copyOf(codesPostaux);
    }

    public Commune withCodesPostaux(List<String> codes) {
        return new Commune(code, nom, departement, region, epci, population, codes);
    }

    private static Comparator<Commune> byName() {
        Collator collator = Collator.getInstance(Locale.FRENCH);
        collator.setStrength(Collator.TERTIARY);
        return Comparator.<Commune, String>comparing(Commune::nom, collator::compare).thenComparing(Commune::code);
    }
}
