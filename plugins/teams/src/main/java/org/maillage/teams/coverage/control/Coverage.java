package org.maillage.teams.coverage.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.maillage.platform.api.territory.CommuneRef;

/**
 * Which communes of a territory active teams cover, and where to start the next team. Pure logic: one
 * pass over the communes to sum by EPCI, one sort of the zones blanches — linear in the communes plus
 * a sort, well under a millisecond for the 887 communes of the Pas-de-Calais (see {@code bench/teams-coverage}).
 *
 * @param communes           how many communes the territory has
 * @param coveredCommunes    how many at least one active team acts in
 * @param population         the territory's population
 * @param coveredPopulation  the population of the covered communes
 * @param covered            the covered communes, by name
 * @param zonesBlanches      the communes no active team covers, ranked (see {@link Ranking})
 * @param epcis              each intercommunalité's figures, the largest population first
 */
public record Coverage(int communes, int coveredCommunes, long population, long coveredPopulation,
                       List<CoveredCommune> covered, List<ZoneBlanche> zonesBlanches, List<EpciCoverage> epcis) {

    /** How zones blanches are ranked; ties by name then code. */
    public enum Ranking {
        /** the most populated first */
        POPULATION,
        /** the most onboarded volunteers living there first, then in the same EPCI, then the population */
        VOLUNTEERS
    }

    public record CoveredCommune(String code, String nom, int population, List<String> teams) {
    }

    /**
     * @param volunteers       onboarded volunteers living in the commune
     * @param volunteersInEpci onboarded volunteers living in the commune's EPCI (itself included); 0 without EPCI
     */
    public record ZoneBlanche(String code, String nom, String epci, int population, long volunteers, long volunteersInEpci) {
    }

    /** @param epci the SIREN code, null for the communes in no EPCI; @param label the name of its most populated commune */
    public record EpciCoverage(String epci, String label, int communes, int coveredCommunes, long population, long coveredPopulation) {

        public double populationShare() {
            return population == 0 ? 0 : (double) coveredPopulation / population;
        }
    }

    /** @return the covered share of the communes, 0 to 1 */
    public double communeShare() {
        return communes == 0 ? 0 : (double) coveredCommunes / communes;
    }

    /** @return the covered share of the population, 0 to 1 */
    public double populationShare() {
        return population == 0 ? 0 : (double) coveredPopulation / population;
    }

    /**
     * @param territory     the communes of the cooperation's territory
     * @param teamsByCode   the names of the active teams acting in each commune, by INSEE code (codes outside the territory are ignored)
     * @param volunteersByCode onboarded volunteers by commune of residence; empty without onboarding
     */
    public static Coverage compute(List<CommuneRef> territory, Map<String, List<String>> teamsByCode,
                                   Map<String, Long> volunteersByCode, Ranking ranking) {
        Map<String, Long> volunteersByEpci = new HashMap<>();
        for (CommuneRef c : territory) {
            long v = volunteersByCode.getOrDefault(c.code(), 0L);
            if (c.epci() != null && v > 0) {
                volunteersByEpci.merge(c.epci(), v, Long::sum);
            }
        }
        Map<String, long[]> byEpci = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Map<String, CommuneRef> largest = new HashMap<>();
        List<CoveredCommune> covered = new ArrayList<>();
        List<ZoneBlanche> blanches = new ArrayList<>();
        long population = 0;
        long coveredPopulation = 0;
        for (CommuneRef c : territory) {
            List<String> teams = teamsByCode.getOrDefault(c.code(), List.of());
            boolean isCovered = !teams.isEmpty();
            population += c.population();
            long[] sums = byEpci.computeIfAbsent(c.epci(), e -> new long[4]);
            sums[0]++;
            sums[2] += c.population();
            largest.merge(c.epci() == null ? "" : c.epci(), c, (a, b) -> b.population() > a.population() ? b : a);
            if (isCovered) {
                coveredPopulation += c.population();
                sums[1]++;
                sums[3] += c.population();
                covered.add(new CoveredCommune(c.code(), c.nom(), c.population(), List.copyOf(teams)));
            } else {
                blanches.add(new ZoneBlanche(c.code(), c.nom(), c.epci(), c.population(),
                        volunteersByCode.getOrDefault(c.code(), 0L),
                        c.epci() == null ? 0 : volunteersByEpci.getOrDefault(c.epci(), 0L)));
            }
        }
        covered.sort(Comparator.comparing(CoveredCommune::nom).thenComparing(CoveredCommune::code));
        blanches.sort(order(ranking));
        List<EpciCoverage> epcis = new ArrayList<>();
        byEpci.forEach((epci, s) -> epcis.add(new EpciCoverage(epci,
                epci == null ? "Communes hors intercommunalité" : largest.get(epci).nom(), (int) s[0], (int) s[1], s[2], s[3])));
        epcis.sort(Comparator.comparingLong(EpciCoverage::population).reversed()
                .thenComparing(EpciCoverage::label));
        return new Coverage(territory.size(), covered.size(), population, coveredPopulation, covered, blanches, epcis);
    }

    private static Comparator<ZoneBlanche> order(Ranking ranking) {
        Comparator<ZoneBlanche> byPopulation = Comparator.comparingInt(ZoneBlanche::population).reversed();
        Comparator<ZoneBlanche> first = ranking == Ranking.VOLUNTEERS
                ? Comparator.comparingLong(ZoneBlanche::volunteers).reversed()
                        .thenComparing(Comparator.comparingLong(ZoneBlanche::volunteersInEpci).reversed())
                        .thenComparing(byPopulation)
                : byPopulation;
        return first.thenComparing(ZoneBlanche::nom).thenComparing(ZoneBlanche::code);
    }
}
