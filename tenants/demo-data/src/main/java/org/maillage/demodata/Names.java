package org.maillage.demodata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded name lists: prenoms.tsv (about 240 first names by sex and generation) and noms.tsv (about
 * 300 surnames), both frequency-weighted, written for this module (not an official statistic).
 * A first name is picked for the person's sex and birth generation, so a volunteer born in 1948 is
 * rather a Monique or a Gérard and one born in 1995 rather a Camille or a Théo.
 */
final class Names {

    /** Generation 1: born before 1960; 2: 1960-1984; 3: 1985 or later. */
    static int generation(int birthYear) {
        return birthYear < 1960 ? 1 : birthYear < 1985 ? 2 : 3;
    }

    private record Pool(List<Name> names, WeightedIndex weights) {
        Name pick(Rng rng) {
            return names.get(weights.pick(rng));
        }
    }

    private final Pool[][] firstNames = new Pool[2][4];
    private final Pool surnames;

    private Names(List<String[]> prenoms, List<String[]> noms) {
        for (int sex = 0; sex < 2; sex++) {
            for (int generation = 1; generation <= 3; generation++) {
                List<Name> names = new ArrayList<>();
                List<Long> weights = new ArrayList<>();
                for (String[] row : prenoms) {
                    if (row[1].equals(sex == 0 ? "F" : "M") && Integer.parseInt(row[2]) == generation) {
                        names.add(Name.of(row[0]));
                        weights.add(Long.parseLong(row[3]));
                    }
                }
                firstNames[sex][generation] = new Pool(List.copyOf(names),
                        new WeightedIndex(weights.stream().mapToLong(Long::longValue).toArray()));
            }
        }
        surnames = new Pool(noms.stream().map(row -> Name.of(row[0])).toList(),
                new WeightedIndex(noms.stream().mapToLong(row -> Long.parseLong(row[1])).toArray()));
    }

    static Names load() {
        try {
            return new Names(read("prenoms.tsv", List.of("prenom", "sexe", "generation", "poids")),
                    read("noms.tsv", List.of("nom", "poids")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> read(String file, List<String> columns) throws IOException {
        InputStream in = Names.class.getResourceAsStream(file);
        if (in == null) {
            throw new IOException("resource " + file + " missing next to " + Names.class.getName());
        }
        List<String[]> rows = new ArrayList<>();
        Tsv.read(in, file, columns, rows::add);
        return rows;
    }

    /**
     * A first name for a woman or a man of that birth year; one time in six from a neighbouring generation,
     * since fashions overlap.
     */
    Name firstName(boolean female, int birthYear, Rng rng) {
        int generation = generation(birthYear);
        if (rng.chance(1.0 / 6)) {
            generation = generation == 1 ? 2 : generation == 3 ? 2 : rng.chance(0.5) ? 1 : 3;
        }
        return firstNames[female ? 0 : 1][generation].pick(rng);
    }

    Name surname(Rng rng) {
        return surnames.pick(rng);
    }
}
