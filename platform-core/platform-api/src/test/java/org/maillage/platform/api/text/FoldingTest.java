package org.maillage.platform.api.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void foldsAccentsLigaturesAndCase() {
        assertEquals("l'hay-les-roses", Folding.fold("L'Haÿ-les-Roses"));
        assertEquals("oeuvre soeur aegis strasse", Folding.fold("Œuvre sœur Ægis Straße"));
        assertEquals("e", Folding.fold("e\u0301"), "decomposed accents too");
        assertEquals("fi2", Folding.fold("ﬁ²"), "compatibility forms");
        assertEquals("", Folding.fold(null));
    }

    @Test
    void withoutAccentsKeepsCase() {
        assertEquals("Lefevre HOEDIC", Folding.withoutAccents("Lefèvre HŒDIC"));
    }

    @Test
    void wordsAreRunsOfLettersAndDigits() {
        assertEquals(List.of("l", "hay", "les", "roses"), Folding.words("L'Haÿ-les-Roses"));
        assertEquals(List.of("saint", "malo", "35400"), Folding.words("  Saint‑Malo (35400) "));
        assertEquals("code_postal", Folding.joined("\uFEFF« Code postal »", "_"));
        assertEquals(List.of(), Folding.words("— ; —"));
    }
}
