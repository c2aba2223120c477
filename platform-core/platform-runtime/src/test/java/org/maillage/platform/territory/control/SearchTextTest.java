package org.maillage.platform.territory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void spellingsOfOneNameHaveOneKey() {
        for (String spelling : List.of("Saint-Malo", "St Malo", "st-malo", "SAINT-MALO", "saint malo", "  Saint -- Malo ", "St. Malo", "Saint’Malo")) {
            assertEquals("saint malo", SearchText.key(spelling), spelling);
        }
        assertEquals("sainte anne d auray", SearchText.key("Ste-Anne-d'Auray"));
        assertEquals("saintes maries de la mer", SearchText.key("Stes-Maries-de-la-Mer"));
    }

    @Test
    void removesAccentsAndSpellsOutLigatures() {
        assertEquals("l hay les roses", SearchText.key("L'Haÿ-les-Roses"));
        assertEquals("oeuilly", SearchText.key("Œuilly"));
        assertEquals("oeuilly", SearchText.key("ŒUILLY"));
        assertEquals("laetitia", SearchText.key("Lætitia"));
        assertEquals("ile de brehat", SearchText.key("Île-de-Bréhat"));
        assertEquals("chateauneuf d ille et vilaine", SearchText.key("Châteauneuf-d'Ille-et-Vilaine"));
        assertEquals("bu", SearchText.key("Bû"));
        assertEquals("oo", SearchText.key("Oô"));
        assertEquals("ecole valentin", SearchText.key("École-Valentin"));
        assertEquals("la terre adelie", SearchText.key("La Terre-Adélie"));
    }

    @Test
    void keepsDigitsAndSplitsOnAnythingElse() {
        assertEquals(List.of("35400"), SearchText.words("35400"));
        assertEquals(List.of("saint", "malo", "35400"), SearchText.words("Saint-Malo (35400)"));
        assertEquals(List.of(), SearchText.words(" - ' "));
        assertEquals(List.of(), SearchText.words(null));
    }

    @Test
    void expandsAbbreviationsOnlyWhenTheyAreWholeWords() {
        assertEquals("stenay", SearchText.key("Stenay"));
        assertEquals("saint stail", SearchText.key("St-Stail"));
        assertEquals("saint", SearchText.expansion("st"));
        assertEquals("sainte", SearchText.expansion("ste"));
        assertNull(SearchText.expansion("saint"));
        assertEquals(List.of("st", "malo"), SearchText.words("St-Malo"), "words() keeps what was typed");
    }

    @Test
    void storesEachWordBetweenSpaces() {
        assertEquals(" l hay les roses ", SearchText.column("L'Haÿ-les-Roses"));
        assertEquals(" saint malo ", SearchText.column("St-Malo"));
        assertEquals(" vannes ", SearchText.column("Vannes"));
    }

    @Test
    void compactsTheCanonicalWords() {
        assertEquals("saintmalo", SearchText.compact("St-Malo"));
        assertEquals("lhaylesroses", SearchText.compact("L'Haÿ-les-Roses"));
    }
}
