package org.maillage.platform.territory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TerritoryRowsTest {

    @Test
    void theShippedFilesAgreeWithEachOther() {
        TerritoryRows rows = TerritoryRows.of(TerritoryFiles.read());
        assertEquals(34969, rows.communes().size());
        assertEquals(109, rows.departements().size());
        assertEquals(1255, rows.epci().size());
        assertTrue(rows.postcodes().size() > 35613, "postcodes.tsv and the communes' own postcodes together: " + rows.postcodes().size());
        String[] saintMalo = rows.communes().stream().filter(c -> c[0].equals("35288")).findFirst().orElseThrow();
        assertEquals(" saint malo ", saintMalo[6]);
        assertEquals("saintmalo", saintMalo[7]);
    }

    @Test
    void refusesFilesThatDoNotAgree() {
        List<String[]> regions = List.<String[]>of(new String[]{"53", "Bretagne"});
        List<String[]> departements = List.<String[]>of(new String[]{"35", "Ille-et-Vilaine", "53"}, new String[]{"35", "Doublon", "99"});
        List<String[]> epci = List.<String[]>of(new String[]{"243500782", "CA du Pays de Saint Malo Agglomération", "CA", "47439"});
        List<String[]> communes = List.<String[]>of(new String[]{"35288", "Saint-Malo", "35", "53", "200000000", "47439", "35400,354"});
        List<String[]> postcodes = List.<String[]>of(new String[]{"35400", "35999", "Nulle-Part"});
        IllegalStateException problem = assertThrows(IllegalStateException.class,
                () -> TerritoryRows.of(regions, departements, epci, communes, postcodes));
        for (String expected : List.of("departements.tsv: code 35 twice", "departement 35: region 99 unknown",
                "commune 35288: EPCI 200000000 unknown", "postcode 35400: commune 35999 unknown", "postcode 354 of commune 35288: not 5 digits")) {
            assertTrue(problem.getMessage().contains(expected), expected + " in " + problem.getMessage());
        }
    }
}
