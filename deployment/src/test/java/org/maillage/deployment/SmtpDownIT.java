package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.deployment.OnboardingFixture.cooperationWith;
import static org.maillage.deployment.OnboardingFixture.freePort;
import static org.maillage.deployment.OnboardingFixture.mailsTo;
import static org.maillage.deployment.OnboardingFixture.recipient;
import static org.maillage.deployment.OnboardingFixture.outbox;
import static org.maillage.deployment.OnboardingFixture.root;
import static org.maillage.deployment.OnboardingFixture.startSmtp;
import static org.maillage.deployment.OnboardingFixture.unique;
import static org.maillage.deployment.OnboardingFixture.waitFor;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.Arrays;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.Api.Reply;
import org.maillage.testkit.LiveConfig;
import org.maillage.testkit.Tokens;

/**
 * A fault: the SMTP server is down when a campaign is sent, then comes back. The messages wait in the outbox
 * (attempts counted, nothing lost, the API answers normally), then leave, each exactly once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SmtpDownIT {

    private static final int SMTP_PORT = freePort();

    @ArquillianResource
    URL base;

    private GreenMail smtp;

    @BeforeEach
    void smtpConfiguredButDown() {
        LiveConfig.set(base, "maillage.mail.host", "127.0.0.1");
        LiveConfig.set(base, "maillage.mail.port", String.valueOf(SMTP_PORT));
        LiveConfig.set(base, "maillage.onboarding.link-secret", "panne-" + UUID.randomUUID());
    }

    @AfterEach
    void noSmtp() {
        LiveConfig.clear(base, "maillage.mail.host");
        LiveConfig.clear(base, "maillage.mail.port");
        LiveConfig.clear(base, "maillage.onboarding.link-secret");
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void messagesWaitWhileTheServerIsDownThenLeaveOnce() throws Exception {
        String anne = unique("anne");
        String yann = unique("yann");
        String slug = cooperationWith(base, "Anne,Le Goff," + anne + ",56000", "Yann,Kergoat," + yann + ",56000");
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        Reply created = coordinator.post(root(slug) + "/campaigns", "{\"subject\": \"Bonjour {prénom}\", \"body\": \"Bonjour {prénom}, {lien}\"}");
        assertEquals(201, created.status(), created.toString());
        String campaign = created.object().getString("id");
        assertEquals(200, coordinator.post(root(slug) + "/campaigns/" + campaign + "/send", null).status());

        JsonObject failing = waitFor("two failed attempts per message", () -> {
            JsonObject outbox = coordinator.get(outbox(slug)).object();
            return outbox.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .allMatch(m -> m.getInt("attempts") >= 2) && outbox.getJsonArray("items").size() == 2 ? outbox : null;
        });
        for (JsonValue item : failing.getJsonArray("items")) {
            assertEquals("PENDING", item.asJsonObject().getString("state"), "a message waits while the server is down: " + item);
        }

        smtp = startSmtp(SMTP_PORT);
        assertEquals(1, mailsTo(smtp, anne, 1).size());
        assertEquals(1, mailsTo(smtp, yann, 1).size());
        waitFor("both messages marked sent", () -> {
            JsonObject outbox = coordinator.get(outbox(slug)).object();
            return outbox.getJsonArray("items").stream().allMatch(m -> m.asJsonObject().getString("state").equals("SENT")) ? outbox : null;
        });
        Thread.sleep(4000); // several ticks of the sender: nothing goes twice
        assertEquals(1, Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(anne)).count(), "Anne's message, once");
        assertEquals(1, Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(yann)).count(), "Yann's message, once");
        assertTrue(coordinator.get(root(slug) + "/campaigns/" + campaign).object().getJsonObject("stats").getInt("sent") == 2);
    }
}
