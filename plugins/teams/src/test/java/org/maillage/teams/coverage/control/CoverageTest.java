package org.maillage.teams.coverage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillage.platform.api.territory.CommuneRef;
import org.maillage.teams.coverage.control.Coverage.EpciCoverage;
import org.maillage.teams.coverage.control.Coverage.Ranking;
import org.maillage.teams.coverage.control.Coverage.ZoneBlanche;

class CoverageTest {

    /** Two EPCIs and a commune in none; populations chosen to make the shares easy to check. */
    private static final List<CommuneRef> TERRITORY = List.of(
            new CommuneRef("99001", "Alpha", "99", "E1", 5000),
            new CommuneRef("99002", "Bravo", "99", "E1", 1000),
            new CommuneRef("99003", "Charlie", "99", "E1", 2000),
            new CommuneRef("99004", "Delta", "99", "E2", 1500),
            new CommuneRef("99005", "Echo", "99", "E2", 300),
            new CommuneRef("99006", "Foxtrot", "99", null, 200));

    @Test
    void countsCoveredCommunesAndPopulation() {
        Coverage c = Coverage.compute(TERRITORY, Map.of("99001", List.of("Équipe A"), "99005", List.of("Équipe B", "Équipe C"),
                "12345", List.of("hors territoire")), Map.of(), Ranking.POPULATION);
        assertEquals(6, c.communes());
        assertEquals(2, c.coveredCommunes());
        assertEquals(10000, c.population());
        assertEquals(5300, c.coveredPopulation());
        assertEquals(2.0 / 6, c.communeShare(), 1e-9);
        assertEquals(0.53, c.populationShare(), 1e-9);
        assertEquals(List.of("Alpha", "Echo"), c.covered().stream().map(Coverage.CoveredCommune::nom).toList());
        assertEquals(List.of("Équipe B", "Équipe C"), c.covered().get(1).teams());
    }

    @Test
    void ranksZonesBlanchesByPopulation() {
        Coverage c = Coverage.compute(TERRITORY, Map.of("99001", List.of("A")), Map.of(), Ranking.POPULATION);
        assertEquals(List.of("Charlie", "Delta", "Bravo", "Echo", "Foxtrot"),
                c.zonesBlanches().stream().map(ZoneBlanche::nom).toList());
    }

    @Test
    void ranksZonesBlanchesByVolunteersThereThenInTheEpciThenPopulation() {
        Map<String, Long> volunteers = Map.of("99005", 3L, "99001", 10L, "99002", 1L, "99006", 1L);
        Coverage c = Coverage.compute(TERRITORY, Map.of("99001", List.of("A")), volunteers, Ranking.VOLUNTEERS);
        // Echo 3 there; Bravo 1 there (E1 has 11); Foxtrot 1 there (no EPCI); Charlie 0 there, 11 in E1; Delta 0, 3 in E2.
        assertEquals(List.of("Echo", "Bravo", "Foxtrot", "Charlie", "Delta"),
                c.zonesBlanches().stream().map(ZoneBlanche::nom).toList());
        ZoneBlanche charlie = c.zonesBlanches().get(3);
        assertEquals(0, charlie.volunteers());
        assertEquals(11, charlie.volunteersInEpci());
    }

    @Test
    void sumsEachEpciLargestFirst() {
        Coverage c = Coverage.compute(TERRITORY, Map.of("99002", List.of("A"), "99004", List.of("B")), Map.of(), Ranking.POPULATION);
        assertEquals(List.of(
                new EpciCoverage("E1", "Alpha", 3, 1, 8000, 1000),
                new EpciCoverage("E2", "Delta", 2, 1, 1800, 1500),
                new EpciCoverage(null, "Communes hors intercommunalité", 1, 0, 200, 0)), c.epcis());
    }
}
