package org.maillage.demodata;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The communes of a tenant's département(s), with what the generator needs: a population-weighted
 * choice of commune, the postcodes of each commune, and which postcodes serve several communes.
 * Everything is kept in file order, so a seed always gives the same picks.
 */
final class Territory {

    private final List<String> departements;
    private final Map<String, String> departementNames;
    private final List<Commune> communes;
    private final WeightedIndex byPopulation;
    private final Map<String, Integer> communesPerPostcode;
    private final Map<String, List<Commune>> ambiguous;
    private final List<String> ambiguousPostcodes;

    private Territory(List<String> departements, Map<String, String> departementNames, List<Commune> communes,
                      Map<String, Integer> communesPerPostcode) {
        this.departements = List.copyOf(departements);
        this.departementNames = departementNames;
        this.communes = List.copyOf(communes);
        this.byPopulation = new WeightedIndex(communes.stream().mapToLong(Commune::population).toArray());
        this.communesPerPostcode = communesPerPostcode;
        Map<String, List<Commune>> shared = new TreeMap<>();
        for (Commune commune : communes) {
            for (String postcode : commune.postcodes()) {
                if (communesPerPostcode.getOrDefault(postcode, 0) > 1) {
                    shared.computeIfAbsent(postcode, p -> new ArrayList<>()).add(commune);
                }
            }
        }
        this.ambiguous = shared;
        this.ambiguousPostcodes = List.copyOf(shared.keySet());
    }

    /**
     * Loads the communes of the given départements.
     *
     * @throws UsageException when a code is not a département of departements.tsv, or has no commune where
     *                        a volunteer can be placed (one with a population and a postcode)
     */
    static Territory load(TerritorySource source, List<String> departementCodes) throws IOException, UsageException {
        Map<String, String> names = new LinkedHashMap<>();
        Tsv.read(source.open("departements.tsv"), "departements.tsv", List.of("code", "nom"),
                row -> names.put(row[0], row[1]));
        for (String code : departementCodes) {
            if (!names.containsKey(code)) {
                throw new UsageException("unknown département code '" + code + "' (expected a code of departements.tsv, "
                        + "such as 01, 2A, 56 or 974)");
            }
        }

        Map<String, Integer> communesPerPostcode = new HashMap<>();
        Map<String, List<String>> postcodesOfCommune = new HashMap<>();
        Tsv.read(source.open("postcodes.tsv"), "postcodes.tsv", List.of("code_postal", "code_commune"), row -> {
            communesPerPostcode.merge(row[0], 1, Integer::sum);
            postcodesOfCommune.computeIfAbsent(row[1], c -> new ArrayList<>()).add(row[0]);
        });

        List<Commune> communes = new ArrayList<>();
        Tsv.read(source.open("communes.tsv"), "communes.tsv",
                List.of("code", "nom", "departement", "region", "population", "codes_postaux"), row -> {
                    if (!departementCodes.contains(row[2]) || row[4].isEmpty()) {
                        return;
                    }
                    List<String> postcodes = postcodesOfCommune.get(row[0]);
                    if (postcodes == null) {
                        postcodes = row[5].isEmpty() ? List.of() : Arrays.asList(row[5].split(","));
                    }
                    long population = Long.parseLong(row[4]);
                    if (population > 0 && !postcodes.isEmpty()) {
                        communes.add(new Commune(row[0], row[1], row[2], row[3], population, List.copyOf(postcodes)));
                    }
                });
        for (String code : departementCodes) {
            if (communes.stream().noneMatch(c -> c.departement().equals(code))) {
                throw new UsageException("département " + code + " (" + names.get(code) + ") has no commune with both "
                        + "a population and a postcode: volunteers cannot be placed there");
            }
        }
        return new Territory(departementCodes, Collections.unmodifiableMap(names), communes,
                Collections.unmodifiableMap(communesPerPostcode));
    }

    List<String> departements() {
        return departements;
    }

    String departementName(String code) {
        return departementNames.get(code);
    }

    List<Commune> communes() {
        return communes;
    }

    long population() {
        return byPopulation.total();
    }

    /** A commune, with probability proportional to its population. */
    Commune pickByPopulation(Rng rng) {
        return communes.get(byPopulation.pick(rng));
    }

    /** Whether postcodes.tsv lists more than one commune for this postcode. */
    boolean isAmbiguous(String postcode) {
        return communesPerPostcode.getOrDefault(postcode, 0) > 1;
    }

    /** Postcodes of this territory that serve several communes, sorted. */
    List<String> ambiguousPostcodes() {
        return ambiguousPostcodes;
    }

    /** The communes of this territory that an ambiguous postcode serves. */
    List<Commune> communesOf(String ambiguousPostcode) {
        return ambiguous.getOrDefault(ambiguousPostcode, List.of());
    }
}
