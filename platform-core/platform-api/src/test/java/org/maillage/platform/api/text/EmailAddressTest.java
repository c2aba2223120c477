package org.maillage.platform.api.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void usualAddressesAreDeliverableWithoutWarning() {
        for (String ok : List.of("marie.dupont@orange.fr", "j-p_martin+asso@exemple.fr", "a@b.co", "x1962@sous.domaine.exemple.fr",
                "jean@xn--exemple-bva.fr")) {
            assertTrue(EmailAddress.problem(ok).isEmpty(), ok);
            assertTrue(EmailAddress.warning(ok).isEmpty(), ok);
        }
    }

    @Test
    void internationalisedAddressesAreDeliverableWithAWarning() {
        for (String ok : List.of("benoît.680@exemple.fr", "zoé@exemple.fr", "josé@société.fr", "用户@例子.广告", "andré@café.fr")) {
            String address = EmailAddress.normalised(ok);
            assertEquals("", EmailAddress.problem(address).orElse(""), ok);
            assertTrue(EmailAddress.warning(address).orElseThrow().contains("internationalisée"), ok);
        }
        assertEquals("", EmailAddress.problem("jean@société.fr").orElse(""));
        assertTrue(EmailAddress.warning("jean@société.fr").isEmpty(), "a Unicode domain alone needs no warning");
    }

    @Test
    void rareButDeliverableAddressesAreWarned() {
        for (String odd : List.of("o'brien@exemple.fr", "a!b@exemple.fr", "{x}@exemple.fr", "a".repeat(65) + "@exemple.fr")) {
            assertTrue(EmailAddress.problem(odd).isEmpty(), odd);
            assertTrue(EmailAddress.warning(odd).isPresent(), odd);
        }
    }

    @Test
    void undeliverableShapesAreRefusedWithAReason() {
        assertEquals("adresse e-mail absente", EmailAddress.problem(null).orElseThrow());
        assertEquals("adresse e-mail absente", EmailAddress.problem("").orElseThrow());
        for (String bad : List.of("marie.dupontorange.fr", "a@b@exemple.fr", "@exemple.fr", "marie@", "marie dupont@exemple.fr",
                "marie@exemple", "marie@exemple.f", "marie..dupont@exemple.fr", ".marie@exemple.fr", "marie.@exemple.fr", "marie@exemple..fr",
                "marie@.exemple.fr", "marie@exemple.fr.", "marie@-exemple.fr", "marie@exem_ple.fr", "marie@10.0.0.1",
                "a,b@exemple.fr", "<marie@exemple.fr>", "\"marie\"@exemple.fr", "ma\u0000rie@exemple.fr", "marie@exemple.fr\u200Bx",
                "a@" + "b".repeat(64) + ".fr", "a".repeat(250) + "@exemple.fr")) {
            String problem = EmailAddress.problem(EmailAddress.normalised(bad)).orElse("");
            assertTrue(problem.startsWith("adresse e-mail invalide : "), bad + " → " + problem);
        }
    }

    @Test
    void twoAddressesAreTheSameWhenTheirNormalisedFormsAre() {
        assertEquals("benoît.martin@exemple.fr", EmailAddress.normalised("\u00A0 Benoît.Martin@Exemple.FR \t"));
        assertEquals(EmailAddress.normalised("BENOÎT.MARTIN@EXEMPLE.FR"), EmailAddress.normalised("benoi\u0302t.martin@exemple.fr"),
                "upper case and decomposed accents fold to the same address");
        assertFalse(EmailAddress.normalised("benoit@exemple.fr").equals(EmailAddress.normalised("benoît@exemple.fr")),
                "an accent is not folded away: they are two mailboxes");
    }

    @Test
    void beanValidationUsesTheSameRule() {
        DeliverableEmail.Check check = new DeliverableEmail.Check();
        assertTrue(check.isValid(null, null));
        assertTrue(check.isValid(" ", null), "blank is @NotBlank's business");
        assertTrue(check.isValid(" Benoît.680@Exemple.fr ", null));
        assertFalse(check.isValid("benoit.exemple.fr", null));
    }
}
