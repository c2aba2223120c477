package org.maillage.onboarding.volunteers.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NormalisationTest {

    @Test
    void emailsAreTrimmedAndLowerCasedByThePlatformRule() {
        assertEquals("jean.dupont@exemple.fr", Normalisation.email("\u00A0 Jean.DUPONT@Exemple.fr \t"));
        assertEquals("benoît.680@exemple.fr", Normalisation.email("BENOI\u0302T.680@exemple.fr"));
    }

    @Test
    void foldingIgnoresCaseAccentsAndPunctuation() {
        assertEquals("francois lefevre-noe", Normalisation.folded("François  LEFÈVRE-Nœ"));
        assertEquals("oeuvre d ete", Normalisation.folded("Œuvre d’Été"));
        assertEquals("jean.dupont@exemple.fr", Normalisation.folded("Jean.Dupont@Exemple.fr"));
    }

    @Test
    void phoneKeysAreNationalDigits() {
        assertEquals("0612345678", Normalisation.phoneKey("+33 6 12 34 56 78"));
        assertEquals("0612345678", Normalisation.phoneKey("06.12.34.56.78"));
        assertEquals("0612345678", Normalisation.phoneKey("612345678"));
        assertEquals("0612345678", Normalisation.phoneKey("0033612345678"));
        assertEquals(null, Normalisation.phoneKey("12"));
    }

    @Test
    void postcodesGetTheirLeadingZeroBack() {
        assertEquals(Optional.of("06000"), Normalisation.postcode("6000"));
        assertEquals(Optional.of("56000"), Normalisation.postcode(" 56 000 "));
        assertEquals(Optional.empty(), Normalisation.postcode("560"));
        assertEquals(Optional.empty(), Normalisation.postcode("Vannes"));
    }
}
