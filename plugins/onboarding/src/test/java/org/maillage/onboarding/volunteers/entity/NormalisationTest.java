package org.maillage.onboarding.volunteers.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NormalisationTest {

    @Test
    void emailsAreTrimmedAndLowerCased() {
        assertEquals("jean.dupont@exemple.fr", Normalisation.email("\u00A0 Jean.DUPONT@Exemple.fr \t"));
    }

    @Test
    void plausibleAddressesPass() {
        for (String ok : List.of("a@b.fr", "jean.dupont+asso@exemple.co.uk", "o'neil@exemple.ie", "x_y-z@sous.domaine-long.org",
                "a@xn--mairie-rennes-8kb.fr")) {
            assertEquals(Optional.empty(), Normalisation.emailProblem(ok), ok);
        }
    }

    @Test
    void implausibleAddressesAreRefusedWithAReason() {
        for (String bad : List.of("", "jean", "jean@", "@exemple.fr", "jean@exemple", "jean@@exemple.fr", "jean dupont@exemple.fr",
                "jean..dupont@exemple.fr", ".jean@exemple.fr", "jérôme@exemple.fr", "jean@exemple.f", "jean@-exemple.fr",
                "jean@exemple.fr.", "a@b@c.fr")) {
            assertTrue(Normalisation.emailProblem(bad).isPresent(), bad);
        }
        assertEquals("adresse e-mail absente", Normalisation.emailProblem(null).orElseThrow());
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
