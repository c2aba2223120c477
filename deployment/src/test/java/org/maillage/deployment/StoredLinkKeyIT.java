package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.deployment.OnboardingFixture.freePort;
import static org.maillage.deployment.OnboardingFixture.mailsTo;
import static org.maillage.deployment.OnboardingFixture.outbox;
import static org.maillage.deployment.OnboardingFixture.root;
import static org.maillage.deployment.OnboardingFixture.startSmtp;
import static org.maillage.deployment.OnboardingFixture.token;
import static org.maillage.deployment.OnboardingFixture.unique;
import static org.maillage.deployment.OnboardingFixture.waitFor;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.onboarding.selfservice.control.LinkToken;
import org.maillage.testkit.Api;
import org.maillage.testkit.Api.Reply;
import org.maillage.testkit.LiveConfig;
import org.maillage.testkit.TestDatabase;
import org.maillage.testkit.Tokens;

/**
 * The keys of the self-service links, with the platform's secret in a file as the launcher makes it
 * ({@link PlatformSuite#LINK_SECRET}): a link names its key; the database holds no key; a key can be rotated
 * (earlier links run until they expire) or revoked with its links; a volunteer's links can be revoked; a sent
 * message keeps neither its body nor its link.
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

    private Api coordinator(String slug) {
        return Api.at(base).as(Tokens.coordinator(slug));
    }

    private String sendCampaign(String slug) {
        String id = coordinator(slug).post(root(slug) + "/campaigns", "{\"subject\": \"Bonjour\", \"body\": \"Bonjour {prénom} : {lien}\"}")
                .object().getString("id");
        Reply sent = coordinator(slug).post(root(slug) + "/campaigns/" + id + "/send", null);
        assertEquals(200, sent.status(), sent.toString());
        return id;
    }

    private int open(String token) {
        return Api.at(base).withHeader("Maillage-Lien", token).get("/api/onboarding/self-service").status();
    }

    private int rotate(String slug, boolean revokePrevious) {
        Reply rotated = coordinator(slug).post(root(slug) + "/links/key-rotation", "{\"revokePrevious\": " + revokePrevious + "}");
        assertEquals(200, rotated.status(), rotated.toString());
        return rotated.object().getInt("keyId");
    }

    @Test
    void theLinksOfACooperationAreSignedWithAKeyDerivedFromThePlatformSecretThatTheDatabaseDoesNotHold() throws Exception {
        String anne = unique("anne");
        String slug = OnboardingFixture.cooperationWith(base, "Anne,Le Goff," + anne + ",56000");
        sendCampaign(slug);
        String first = token(mailsTo(SMTP, anne, 1).get(0));
        assertEquals("Anne", Api.at(base).withHeader("Maillage-Lien", first).get("/api/onboarding/self-service").object().getString("firstName"));

        LinkToken claims = LinkToken.read(first).orElseThrow();
        assertEquals(1, claims.keyId());
        byte[] key = LinkToken.derivedKey(PlatformSuite.LINK_SECRET, slug, claims.keyId());
        assertTrue(LinkToken.signedWith(first, key), "signed with the key derived from the platform's secret");
        Instant now = Instant.now();
        for (String guess : new String[]{"maillage", "secret", slug}) {
            String forged = new LinkToken(slug, 1, claims.volunteerId(), null, 0, now, now.plus(Duration.ofDays(1))).sign(LinkToken.derivedKey(guess, slug, 1));
            Api.at(base).withHeader("Maillage-Lien", forged).get("/api/onboarding/self-service").assertError(404);
        }
        try (Connection db = TestDatabase.get().connect();
             PreparedStatement columns = db.prepareStatement("select column_name from information_schema.columns where table_name = 'onboarding_link_key' order by 1");
             ResultSet found = columns.executeQuery()) {
            List<String> names = new ArrayList<>();
            while (found.next()) {
                names.add(found.getString(1));
            }
            assertEquals(List.of("created_at", "id", "revoked_at", "tenant_id"), names, "ids and dates only, no key");
        }
    }

    @Test
    void aRotatedKeyLetsEarlierLinksRunUntilRevoked() {
        String anne = unique("anne");
        String slug = OnboardingFixture.cooperationWith(base, "Anne,Le Goff," + anne + ",56000");
        sendCampaign(slug);
        String first = token(mailsTo(SMTP, anne, 1).get(0));
        assertEquals(2, rotate(slug, false));
        sendCampaign(slug);
        String second = token(mailsTo(SMTP, anne, 2).get(1));
        assertEquals(2, LinkToken.read(second).orElseThrow().keyId());
        assertEquals(List.of(200, 200), List.of(open(first), open(second)), "a rotation leaves the links sent before");

        assertEquals(3, rotate(slug, true));
        assertEquals(List.of(404, 404), List.of(open(first), open(second)), "revoking the earlier keys kills their links");
        sendCampaign(slug);
        String third = token(mailsTo(SMTP, anne, 3).get(2));
        assertEquals(3, LinkToken.read(third).orElseThrow().keyId());
        assertEquals(200, open(third));
    }

    @Test
    void theCoordinatorRevokesTheLinksOfOneVolunteer() {
        String anne = unique("anne");
        String yann = unique("yann");
        String slug = OnboardingFixture.cooperationWith(base, "Anne,Le Goff," + anne + ",56000", "Yann,Kergoat," + yann + ",56000");
        sendCampaign(slug);
        String annes = token(mailsTo(SMTP, anne, 1).get(0));
        String yanns = token(mailsTo(SMTP, yann, 1).get(0));
        String anneId = coordinator(slug).get(root(slug) + "/volunteers?q=" + URLEncoder.encode(anne, StandardCharsets.UTF_8)).object()
                .getJsonArray("items").getJsonObject(0).getString("id");

        Reply revoked = coordinator(slug).post(root(slug) + "/links/volunteers/" + anneId + "/revocation", null);
        assertEquals(200, revoked.status(), revoked.toString());
        assertEquals(List.of(404, 200), List.of(open(annes), open(yanns)), "Anne's link only");
        coordinator(slug).post(root(slug) + "/links/volunteers/inconnu/revocation", null).assertError(404);
        String otherSlug = Api.at(base).as(Tokens.networkAdmin()).newCooperation("liens", "56", "onboarding");
        coordinator(otherSlug).post(root(otherSlug) + "/links/volunteers/" + anneId + "/revocation", null).assertError(404);

        sendCampaign(slug);
        assertEquals(200, open(token(mailsTo(SMTP, anne, 2).get(1))), "her next message brings a link that works");
    }

    @Test
    void aSentMessageKeepsNeitherItsBodyNorItsLink() throws Exception {
        String anne = unique("anne");
        String slug = OnboardingFixture.cooperationWith(base, "Anne,Le Goff," + anne + ",56000");
        String campaign = sendCampaign(slug);
        mailsTo(SMTP, anne, 1);
        JsonObject item = waitFor("the message sent", () -> {
            JsonObject i = coordinator(slug).get(outbox(slug) + "?reference=" + campaign).object().getJsonArray("items").getJsonObject(0);
            return i.getString("state").equals("SENT") ? i : null;
        });
        try (Connection db = TestDatabase.get().connect();
             PreparedStatement row = db.prepareStatement("select body, unsubscribe_url, subject from platform_outbox where id = ?")) {
            row.setString(1, item.getString("id"));
            try (ResultSet found = row.executeQuery()) {
                assertTrue(found.next());
                assertNull(found.getString("body"));
                assertNull(found.getString("unsubscribe_url"));
                assertEquals("Bonjour", found.getString("subject"), "what the coordinator reads of it stays");
            }
        }
    }
}
