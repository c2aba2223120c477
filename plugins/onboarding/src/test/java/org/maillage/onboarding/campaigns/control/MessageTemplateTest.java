package org.maillage.onboarding.campaigns.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

    private static final MessageTemplate.Values ANNE = new MessageTemplate.Values("Anne", "Le Goff", "https://m.fr/l#1", "https://m.fr/l#1&d");

    @Test
    void placeholdersAreFilled() {
        assertEquals("Bonjour Anne !", MessageTemplate.subject("Bonjour {prénom} !", ANNE));
        assertEquals("Bonjour Anne Le Goff,\nRépondez ici : https://m.fr/l#1\nDésinscription : https://m.fr/l#1&d\n",
                MessageTemplate.body("Bonjour {prénom} {nom},\nRépondez ici : {lien}\nDésinscription : {désinscription}", ANNE));
    }

    @Test
    void theLinkAndTheUnsubscribeLinkAreAddedWhenTheBodyDoesNotPlaceThem() {
        String body = MessageTemplate.body("Bonjour {prénom}", ANNE);
        assertTrue(body.startsWith("Bonjour Anne\n\nVotre lien personnel, pour nous répondre : https://m.fr/l#1"), body);
        assertTrue(body.endsWith("Pour ne plus recevoir nos messages : https://m.fr/l#1&d\n"), body);
    }

    @Test
    void aMissingNameLeavesNothingAndValuesAreNotReinterpreted() {
        MessageTemplate.Values unnamed = new MessageTemplate.Values(null, "{lien} $1 \\", "L", "D");
        assertEquals("Bonjour  {lien} $1 \\", MessageTemplate.subject("Bonjour {prénom} {nom}", unnamed));
    }

    @Test
    void unknownPlaceholdersAreReported() {
        assertEquals(List.of("{prenom}", "{Lien}"), MessageTemplate.unknown("Bonjour {prenom}, {Lien} {prenom} {nom} { espace }"));
        assertEquals(List.of(), MessageTemplate.unknown("Bonjour {prénom}, a {b c} {}"));
    }

    @Test
    void aSubjectStaysOnOneLine() {
        assertEquals("Bonjour Anne suite", MessageTemplate.subject("Bonjour {prénom}\r\nsuite", ANNE));
    }
}
