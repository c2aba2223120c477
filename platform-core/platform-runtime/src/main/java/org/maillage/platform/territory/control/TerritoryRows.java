package org.maillage.platform.territory.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The rows of the territory tables, derived from the files and checked against each other before
 * anything is written: the loader is the only writer of these tables, so this check stands in for
 * foreign keys between them (which made the load 45 % slower, measured).
 *
 * @param regions      code, nom
 * @param departements code, nom, region
 * @param epci         code, nom, type, population
 * @param communes     code, nom, departement, region, epci, population, nom_recherche, nom_compact
 * @param postcodes    code_postal, code_commune: the pairs of postcodes.tsv and of the communes' codes_postaux, once each
 */
record TerritoryRows(List<String[]> regions, List<String[]> departements, List<String[]> epci, List<String[]> communes,
                     List<String[]> postcodes) {

    private static final int MAX_PROBLEMS = 10;

    static TerritoryRows of(TerritoryFiles files) {
        return of(files.rows("regions.tsv"), files.rows("departements.tsv"), files.rows("epci.tsv"), files.rows("communes.tsv"),
                files.rows("postcodes.tsv"));
    }

    /**
     * @param communes  the rows of communes.tsv
     * @param postcodes the rows of postcodes.tsv
     * @throws IllegalStateException naming the first problems when the files do not agree
     */
    static TerritoryRows of(List<String[]> regions, List<String[]> departements, List<String[]> epci, List<String[]> communes,
                            List<String[]> postcodes) {
        List<String> problems = new ArrayList<>();
        Set<String> regionCodes = codes("regions.tsv", regions, problems);
        Set<String> departementCodes = codes("departements.tsv", departements, problems);
        Set<String> epciCodes = codes("epci.tsv", epci, problems);
        Set<String> communeCodes = codes("communes.tsv", communes, problems);
        for (String[] d : departements) {
            known(regionCodes, d[2], "departement " + d[0] + ": region", problems);
        }
        List<String[]> communeRows = new ArrayList<>(communes.size());
        SortedSet<String> pairs = new TreeSet<>();
        for (String[] c : communes) {
            known(departementCodes, c[2], "commune " + c[0] + ": departement", problems);
            known(regionCodes, c[3], "commune " + c[0] + ": region", problems);
            if (!c[4].isEmpty()) {
                known(epciCodes, c[4], "commune " + c[0] + ": EPCI", problems);
            }
            communeRows.add(new String[]{c[0], c[1], c[2], c[3], c[4], c[5], SearchText.column(c[1]), SearchText.compact(c[1])});
            for (String postcode : c[6].split(",")) {
                if (!postcode.isEmpty()) {
                    pairs.add(postcode + "\t" + c[0]);
                }
            }
        }
        for (String[] p : postcodes) {
            known(communeCodes, p[1], "postcode " + p[0] + ": commune", problems);
            pairs.add(p[0] + "\t" + p[1]);
        }
        List<String[]> postcodeRows = new ArrayList<>(pairs.size());
        for (String pair : pairs) {
            String[] row = pair.split("\t");
            if (!row[0].matches("[0-9]{5}")) {
                problems.add("postcode " + row[0] + " of commune " + row[1] + ": not 5 digits");
            }
            postcodeRows.add(row);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The territory files do not agree (" + problems.size() + " problems): "
                    + String.join("; ", problems.subList(0, Math.min(MAX_PROBLEMS, problems.size()))));
        }
        return new TerritoryRows(regions, departements, epci, communeRows, postcodeRows);
    }

    /** @return how many rows all the tables get */
    int size() {
        return regions.size() + departements.size() + epci.size() + communes.size() + postcodes.size();
    }

    private static Set<String> codes(String file, List<String[]> rows, List<String> problems) {
        Set<String> codes = new HashSet<>();
        for (String[] row : rows) {
            if (!codes.add(row[0])) {
                problems.add(file + ": code " + row[0] + " twice");
            }
        }
        return codes;
    }

    private static void known(Set<String> codes, String code, String what, List<String> problems) {
        if (!codes.contains(code)) {
            problems.add(what + " " + code + " unknown");
        }
    }
}
