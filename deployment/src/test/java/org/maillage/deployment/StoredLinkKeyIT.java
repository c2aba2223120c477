package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.maillage.deployment.OnboardingFixture.freePort;
import static org.maillage.deployment.OnboardingFixture.mailsTo;
import static org.maillage.deployment.OnboardingFixture.root;
import static org.maillage.deployment.OnboardingFixture.startSmtp;
import static org.maillage.deployment.OnboardingFixture.token;
import static org.maillage.deployment.OnboardingFixture.unique;

import com.icegreen.greenmail.util.GreenMail;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.onboarding.selfservice.control.LinkToken;
import org.maillage.testkit.Api;
import org.maillage.testkit.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.maillage.testkit.LiveConfig;

/**
 * Self-service links when no secret is configured: each cooperation gets a random key, stored once;
 * the links of its e-mails work, and a link signed with a key derived from a guessed secret does not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoredLinkKeyIT {

    private static final int SMTP_PORT = freePort();
    private static final GreenMail SMTP = startSmtp(SMTP_PORT);

    @ArquillianResource
    URL base;

    @BeforeEach
    void smtp() {
        LiveConfig.set(base, "maillage.mail.host", "127.0.0.1");
        LiveConfig.set(base, "maillage.mail.port", String.valueOf(SMTP_PORT));
    }

    @AfterEach
    void noSmtp() {
        LiveConfig.clear(base, "maillage.mail.host");
        LiveConfig.clear(base, "maillage.mail.port");
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    private String sendCampaign(String slug) {
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        String id = coordinator.post(root(slug) + "/campaigns", "{\"subject\": \"Bonjour\", \"body\": \"Bonjour {prénom}\"}").object().getString("id");
        assertEquals(200, coordinator.post(root(slug) + "/campaigns/" + id + "/send", null).status());
        return id;
    }

    @Test
    void theLinksOfACooperationAreSignedWithItsStoredKey() {
        String anne = unique("anne");
        String slug = OnboardingFixture.cooperationWith(base, "Anne,Le Goff," + anne + ",56000");
        sendCampaign(slug);
        String first = token(mailsTo(SMTP, anne, 1).get(0));
        sendCampaign(slug);
        String second = token(mailsTo(SMTP, anne, 2).get(1));
        for (String token : new String[]{first, second}) {
            assertEquals("Anne", Api.at(base).withHeader("Maillage-Lien", token).get("/api/onboarding/self-service").object().getString("firstName"));
        }

        LinkToken claims = LinkToken.read(first).orElseThrow();
        Instant now = Instant.now();
        for (String guess : new String[]{"maillage", "secret", slug}) {
            String forged = new LinkToken(slug, claims.volunteerId(), null, now, now.plus(Duration.ofDays(1))).sign(LinkToken.derivedKey(guess, slug));
            Api.at(base).withHeader("Maillage-Lien", forged).get("/api/onboarding/self-service").assertError(404);
        }
    }
}
