package org.maillage.platform.territory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommuneSearchTest {

    @Test
    void separatesWordsFromPostcodeDigits() {
        CommuneQuery query = CommuneQuery.of("St-Malo 354");
        assertEquals(List.of("st", "malo"), query.words());
        assertEquals(List.of("354"), query.postcodes());
        assertEquals("saintmalo", query.compact());
        assertEquals(3, query.terms());
        assertEquals(0, CommuneQuery.of("'-").terms());
    }

    @Test
    void searchesPostcodePrefixesAsRanges() {
        assertEquals("35400", CommuneSearch.padded("354", '0'));
        assertEquals("35499", CommuneSearch.padded("354", '9'));
        assertEquals("56000", CommuneSearch.padded("56000", '9'));
        CommuneSearch search = CommuneSearch.of(CommuneQuery.of("354"), null, 20);
        assertEquals(List.of("", "35400", "35499", 20), search.parameters());
        assertTrue(search.sql().contains("p.code_postal between ? and ?"), search.sql());
    }

    @Test
    void matchesWordPrefixesAbbreviationsAndTheNameWithoutSpaces() {
        CommuneSearch search = CommuneSearch.of(CommuneQuery.of("st malo"), "35", 20);
        assertEquals(List.of("saintmalo", "% st%", "% saint %", "% malo%", "saintmalo%", "35", 20), search.parameters());
        assertTrue(search.sql().contains("(c.nom_recherche like ? or c.nom_recherche like ?)"), search.sql());
        assertTrue(search.sql().contains("or c.nom_compact like ?"), search.sql());
        assertTrue(search.sql().contains("order by rang, c.population desc nulls last, c.code limit ?)"), search.sql());
    }
}
