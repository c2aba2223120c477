package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.deployment.OnboardingFixture.outbox;
import static org.maillage.deployment.OnboardingFixture.root;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.Api.Reply;
import org.maillage.testkit.Tokens;

/** Without an SMTP server configured, a campaign's messages wait in the outbox, visibly, with the reason in French. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboxWithoutSmtpIT {

    @ArquillianResource
    URL base;

    @Test
    void messagesStayPendingAndTheOutboxSaysWhy() throws InterruptedException {
        String slug = OnboardingFixture.cooperationWith(base, "Anne,Le Goff,anne@exemple.fr,56000");
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        Reply created = coordinator.post(root(slug) + "/campaigns", "{\"subject\": \"Bonjour\", \"body\": \"Bonjour {prénom}\"}");
        assertEquals(201, created.status(), created.toString());
        coordinator.post(root(slug) + "/campaigns/" + created.object().getString("id") + "/send", null);

        Thread.sleep(3000); // several ticks of the sender, which must leave the message alone
        JsonObject outbox = coordinator.get(outbox(slug)).object();
        assertFalse(outbox.getBoolean("mailConfigured"));
        assertTrue(outbox.getString("explanation").contains("Aucun serveur d’envoi"), outbox.toString());
        JsonObject item = outbox.getJsonArray("items").getJsonObject(0);
        assertEquals("PENDING", item.getString("state"));
        assertEquals(0, item.getInt("attempts"));
        assertEquals("anne@exemple.fr", item.getString("recipient"));
        assertEquals(1, outbox.getJsonObject("counts").getInt("PENDING"));
    }
}
