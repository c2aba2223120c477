package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.deployment.OnboardingFixture.freePort;
import static org.maillage.deployment.OnboardingFixture.recipient;
import static org.maillage.deployment.OnboardingFixture.outbox;
import static org.maillage.deployment.OnboardingFixture.root;
import static org.maillage.deployment.OnboardingFixture.startSmtp;
import static org.maillage.deployment.OnboardingFixture.subject;
import static org.maillage.deployment.OnboardingFixture.text;
import static org.maillage.deployment.OnboardingFixture.token;
import static org.maillage.deployment.OnboardingFixture.unique;
import static org.maillage.deployment.OnboardingFixture.waitFor;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.onboarding.selfservice.control.LinkToken;
import org.maillage.testkit.Api;
import org.maillage.testkit.Api.Reply;
import org.maillage.testkit.Tokens;
import org.maillage.testkit.web.PluginBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.maillage.testkit.LiveConfig;

/**
 * Campaigns, the outbox, the digest and the self-service link over HTTP, with a real SMTP server
 * (GreenMail on 127.0.0.1, a free port) that the shared platform is pointed at for each test. The sender polls every
 * second and retries after one second, doubling. The link secret is set, so that the test can
 * sign links of its own (expired, for another cooperation) the way the platform does.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CampaignsIT {

    private static final String SECRET = "secret-des-liens-de-test";
    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp = startSmtp(SMTP_PORT);

    @ArquillianResource
    URL base;

    @BeforeEach
    void configure() {
        LiveConfig.set(base, "maillage.mail.host", "127.0.0.1");
        LiveConfig.set(base, "maillage.mail.port", String.valueOf(SMTP_PORT));
        LiveConfig.set(base, "maillage.onboarding.link-secret", SECRET);
    }

    @AfterEach
    void restore() {
        LiveConfig.clear(base, "maillage.mail.host");
        LiveConfig.clear(base, "maillage.mail.port");
        LiveConfig.clear(base, "maillage.onboarding.link-secret");
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private Api admin() {
        return Api.at(base).as(Tokens.networkAdmin());
    }

    private Api coordinator(String slug) {
        return Api.at(base).as(Tokens.coordinator(slug));
    }

    private Api link(String token) {
        return Api.at(base).withHeader("Maillage-Lien", token);
    }

    private String cooperationWith(String... volunteers) {
        return OnboardingFixture.cooperationWith(base, volunteers);
    }

    private static List<MimeMessage> mailsTo(String address, int count) {
        return OnboardingFixture.mailsTo(smtp, address, count);
    }

    private JsonObject campaign(String slug, String subject, String body, String filter) {
        Reply created = coordinator(slug).post(root(slug) + "/campaigns",
                "{\"subject\": \"" + subject + "\", \"body\": \"" + body + "\", \"filter\": " + filter + "}");
        assertEquals(201, created.status(), created.toString());
        return created.object();
    }

    private JsonObject stats(String slug, String id) {
        return coordinator(slug).get(root(slug) + "/campaigns/" + id).object().getJsonObject("stats");
    }

    private JsonObject volunteer(String slug, String email) {
        JsonObject page = coordinator(slug).get(root(slug) + "/volunteers?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8)).object();
        assertEquals(1, page.getJsonArray("items").size(), email + ": " + page);
        return page.getJsonArray("items").getJsonObject(0);
    }

    /** @return the id of a new key of the cooperation's links, which the test signs links with as the platform does */
    private int keyOf(String slug) {
        Reply rotated = coordinator(slug).post(root(slug) + "/links/key-rotation", "{}");
        assertEquals(200, rotated.status(), rotated.toString());
        return rotated.object().getInt("keyId");
    }

    private static long n(JsonObject o, String key) {
        return o.getJsonNumber(key).longValue();
    }

    @Test
    void aCampaignReachesItsSelectionBySmtpAndTheLinkCountsOpeningsAndAnswers() throws Exception {
        String anne = unique("anne");
        String yann = unique("yann");
        String zoe = unique("zoe");
        String slug = cooperationWith("Anne,Le Goff," + anne + ",56000", "Yann,Kergoat," + yann + ",56000", "Zoé,Martin," + zoe + ",56100");

        Reply count = coordinator(slug).post(root(slug) + "/campaigns", "{\"dryRun\": true, \"filter\": {\"commune\": \"56260\"}}");
        assertEquals(200, count.status(), count.toString());
        assertEquals(2, n(count.object(), "recipients"), "the volunteers of Vannes");
        coordinator(slug).post(root(slug) + "/campaigns", "{\"subject\": \"Bonjour {prenom}\", \"body\": \"x\"}").assertError(400);

        JsonObject draft = campaign(slug, "Bienvenue {prénom} !", "Bonjour {prénom} {nom},\\nDites-nous vos disponibilités : {lien}", "{\"commune\": \"56260\"}");
        assertFalse(draft.getBoolean("sent"));
        assertEquals(2, n(draft.getJsonObject("stats"), "recipients"));
        String id = draft.getString("id");
        JsonObject sent = coordinator(slug).post(root(slug) + "/campaigns/" + id + "/send", null).object();
        assertTrue(sent.getBoolean("sent"), sent.toString());
        coordinator(slug).post(root(slug) + "/campaigns/" + id + "/send", null).assertError(409);

        MimeMessage toAnne = mailsTo(anne, 1).get(0);
        assertEquals("Bienvenue Anne !", toAnne.getSubject());
        assertEquals("accueil@maillage.test", toAnne.getFrom()[0].toString());
        String text = text(toAnne);
        assertTrue(text.contains("Bonjour Anne Le Goff"), text);
        assertTrue(text.contains("https://maillage.test/plugins/onboarding/self-service.html#lien="), text);
        assertTrue(text.contains("Pour ne plus recevoir nos messages"), text);
        assertNotNull(toAnne.getHeader("List-Unsubscribe"));
        mailsTo(yann, 1);
        assertTrue(Arrays.stream(smtp.getReceivedMessages()).noneMatch(m -> recipient(m).equals(zoe)), "Lorient is not selected");
        waitFor("both sent", () -> n(stats(slug, id), "sent") == 2 ? true : null);

        String token = token(toAnne);
        JsonObject page = link(token).get("/api/onboarding/self-service").object();
        assertEquals("Anne", page.getString("firstName"));
        assertEquals("NEW", page.getString("state"));
        assertFalse(page.getBoolean("suggestions"));
        assertFalse(page.toString().contains(anne), "the page shows no address");
        JsonObject afterOpening = stats(slug, id);
        assertEquals(List.of(2L, 2L, 0L, 1L, 0L), List.of(n(afterOpening, "recipients"), n(afterOpening, "sent"), n(afterOpening, "failed"),
                n(afterOpening, "opened"), n(afterOpening, "answered")));

        List<?> communes = link(token).get("/api/onboarding/self-service/communes?postcode=56190").array();
        assertTrue(communes.toString().contains("Muzillac"), communes.toString());
        assertTrue(link(token).get("/api/onboarding/self-service/communes?postcode=35000").array().isEmpty(), "Rennes is not in the Morbihan");
        link(token).put("/api/onboarding/self-service", "{\"commune\": \"35238\"}").assertError(400);

        JsonObject answered = link(token).put("/api/onboarding/self-service",
                "{\"interested\": true, \"availability\": \"le samedi matin\", \"commune\": \"56143\", \"consent\": true}").object();
        assertEquals("RESPONDED", answered.getString("state"));
        assertEquals("le samedi matin", answered.getString("availability"));
        assertEquals("Muzillac", answered.getJsonObject("commune").getString("nom"));
        assertTrue(answered.getBoolean("consent"));
        assertEquals(1, n(stats(slug, id), "answered"));
        JsonObject seen = coordinator(slug).get(root(slug) + "/volunteers/" + volunteer(slug, anne).getString("id")).object();
        assertEquals("RESPONDED", seen.getString("state"));
        assertTrue(seen.toString().contains("le bénévole, par son lien personnel"), seen.toString());

        JsonObject withdrawn = link(token).post("/api/onboarding/self-service/withdrawal", "{\"reason\": \"Je déménage\"}").object();
        assertEquals("WITHDRAWN", withdrawn.getString("state"));
        link(token).post("/api/onboarding/self-service/withdrawal", "{}").assertError(400);
    }

    @Test
    void whoUnsubscribedGetsNoFurtherCampaign() {
        String anne = unique("anne");
        String yann = unique("yann");
        String slug = cooperationWith("Anne,Le Goff," + anne + ",56000", "Yann,Kergoat," + yann + ",56000");
        String first = campaign(slug, "Premier message", "Bonjour {prénom}", "{}").getString("id");
        coordinator(slug).post(root(slug) + "/campaigns/" + first + "/send", null);
        String token = token(mailsTo(anne, 1).get(0));
        assertTrue(link(token).post("/api/onboarding/self-service/unsubscribe", null).object().getBoolean("unsubscribed"));

        assertEquals(1, n(coordinator(slug).post(root(slug) + "/campaigns", "{\"dryRun\": true}").object(), "recipients"));
        String second = campaign(slug, "Deuxième message", "Bonjour {prénom}", "{}").getString("id");
        coordinator(slug).post(root(slug) + "/campaigns/" + second + "/send", null);
        mailsTo(yann, 2);
        waitFor("the second campaign sent", () -> n(stats(slug, second), "sent") == 1 ? true : null);
        assertEquals(1, Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(anne)).count(), "one message only");
        assertEquals(1, n(stats(slug, second), "recipients"));
    }

    @Test
    void aFailedDeliveryStaysInTheOutboxWithItsErrorAndLeavesWhenTheServerIsBack() {
        String anne = unique("anne");
        String slug = cooperationWith("Anne,Le Goff," + anne + ",56000");
        smtp.stop();
        try {
            String id = campaign(slug, "Pendant la panne", "Bonjour {prénom}", "{}").getString("id");
            coordinator(slug).post(root(slug) + "/campaigns/" + id + "/send", null);
            JsonObject failing = waitFor("a failed attempt", () -> {
                JsonObject outbox = coordinator(slug).get(outbox(slug)).object();
                JsonObject item = outbox.getJsonArray("items").getJsonObject(0);
                return item.getInt("attempts") >= 1 ? item : null;
            });
            assertEquals("PENDING", failing.getString("state"), "retried later");
            assertTrue(failing.getString("lastError").startsWith("Échec de l’envoi"), failing.toString());
            assertEquals(0, n(stats(slug, id), "sent"));
        } finally {
            smtp = startSmtp(SMTP_PORT);
        }
        mailsTo(anne, 1);
        JsonObject item = waitFor("the message sent", () -> {
            JsonObject i = coordinator(slug).get(outbox(slug)).object().getJsonArray("items").getJsonObject(0);
            return i.getString("state").equals("SENT") ? i : null;
        });
        assertTrue(item.getInt("attempts") >= 2, item.toString());
        assertTrue(coordinator(slug).get(outbox(slug)).object().getBoolean("mailConfigured"));
        coordinator(slug).post(outbox(slug) + "/" + item.getString("id") + "/retry", null).assertError(409);
    }

    @Test
    void linksThatAreForgedExpiredForeignOrErasedAreRefusedAndChangeNothing() {
        String anne = unique("anne");
        String bob = unique("bob");
        String slug = cooperationWith("Anne,Le Goff," + anne + ",56000");
        String other = cooperationWith("Bob,Riou," + bob + ",56000");
        String anneId = volunteer(slug, anne).getString("id");
        String bobId = volunteer(other, bob).getString("id");
        Instant now = Instant.now();
        int keyId = keyOf(slug);
        byte[] key = LinkToken.derivedKey(SECRET, slug, keyId);
        String valid = new LinkToken(slug, keyId, anneId, null, 0, now, now.plus(Duration.ofDays(1))).sign(key);
        assertEquals("Anne", link(valid).get("/api/onboarding/self-service").object().getString("firstName"));

        String expired = new LinkToken(slug, keyId, anneId, null, 0, now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(10))).sign(key);
        assertTrue(link(expired).put("/api/onboarding/self-service", "{\"interested\": true}").assertError(404).getString("message").contains("expiré"));
        String tampered = valid.substring(0, valid.length() - 2) + (valid.endsWith("AA") ? "BB" : "AA");
        assertTrue(link(tampered).put("/api/onboarding/self-service", "{\"interested\": true}").assertError(404).getString("message").contains("pas valide"));
        String foreignClaim = new LinkToken(other, keyId, bobId, null, 0, now, now.plus(Duration.ofDays(1))).sign(key);
        link(foreignClaim).put("/api/onboarding/self-service", "{\"interested\": true}").assertError(404);
        String otherVolunteer = new LinkToken(slug, keyId, bobId, null, 0, now, now.plus(Duration.ofDays(1))).sign(key);
        link(otherVolunteer).put("/api/onboarding/self-service", "{\"interested\": true}").assertError(404);
        link("n'importe quoi").get("/api/onboarding/self-service").assertError(404);
        Api.at(base).get("/api/onboarding/self-service").assertError(400);
        assertEquals("NEW", volunteer(slug, anne).getString("state"), "nothing changed for Anne");
        assertEquals("NEW", volunteer(other, bob).getString("state"), "nothing changed for Bob");

        assertEquals(204, link(valid).post("/api/onboarding/self-service/erasure", null).status());
        assertTrue(link(valid).get("/api/onboarding/self-service").assertError(404).getString("message").contains("effacées"));
        link(valid).put("/api/onboarding/self-service", "{\"interested\": true}").assertError(404);
        assertEquals(0, coordinator(slug).get(root(slug) + "/volunteers?q=" + URLEncoder.encode(anne, StandardCharsets.UTF_8)).object()
                .getJsonArray("items").size(), "erased");
    }

    @Test
    void theLinkProposesAFirstActionNearbyAndSignsUpToIt() {
        String anne = unique("anne");
        String slug = cooperationWith("Anne,Le Goff," + anne + ",56000");
        String anneId = volunteer(slug, anne).getString("id");
        String campaign = campaign(slug, "Une première action ?", "Bonjour {prénom} : {lien}", "{}").getString("id");
        coordinator(slug).post(root(slug) + "/campaigns/" + campaign + "/send", null);
        String token = token(mailsTo(anne, 1).get(0));
        assertFalse(link(token).get("/api/onboarding/self-service").object().getBoolean("suggestions"), "no action yet");

        LocalDate start = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(7);
        String near = firstAction(slug, "Goûter à Vannes", "56260", start);
        String past = firstAction(slug, "Goûter passé", "56260", start.minusDays(14));
        assertTrue(link(token).get("/api/onboarding/self-service").object().getBoolean("suggestions"));
        JsonObject found = link(token).get("/api/onboarding/self-service/suggestions").object();
        List<String> titles = found.getJsonArray("actions").stream().map(a -> a.asJsonObject().getString("title")).toList();
        assertEquals(List.of("Goûter à Vannes"), titles, found.toString());
        JsonObject offered = found.getJsonArray("actions").getJsonObject(0);
        assertEquals("Vannes", offered.getString("communeName"));
        assertEquals(2, offered.getInt("placesLeft"));
        assertFalse(offered.getBoolean("waitingList"));

        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        link(forged).post("/api/onboarding/self-service/first-actions/" + near, null).assertError(404);
        link(token).post("/api/onboarding/self-service/first-actions/" + past, null).assertError(404);
        link(token).post("/api/onboarding/self-service/first-actions/inconnue", null).assertError(404);
        assertTrue(participants(slug, near).isEmpty(), "nothing changed");

        JsonObject taken = link(token).post("/api/onboarding/self-service/first-actions/" + near, null).object();
        assertEquals("ENROLLED", taken.getString("status"));
        assertEquals(1, n(stats(slug, campaign), "answered"), "signing up answers the campaign");
        List<JsonObject> enrolled = participants(slug, near);
        assertEquals(1, enrolled.size(), enrolled.toString());
        assertTrue(enrolled.toString().contains(anneId), enrolled.toString());
        assertTrue(participants(slug, past).isEmpty(), "an action over is not offered");
        link(token).post("/api/onboarding/self-service/first-actions/" + near, null).assertError(404);
        assertTrue(link(token).get("/api/onboarding/self-service/suggestions").object().getJsonArray("actions").isEmpty(),
                "an action taken is no longer offered");
    }

    private String firstAction(String slug, String title, String commune, LocalDate start) {
        Reply created = coordinator(slug).post(root(slug) + "/first-actions", "{\"title\": \"" + title
                + "\", \"commune\": \"" + commune + "\", \"startsOn\": \"" + start + "\", \"places\": 2}");
        assertEquals(201, created.status(), created.toString());
        return created.object().getString("id");
    }

    private List<JsonObject> participants(String slug, String actionId) {
        Reply reply = coordinator(slug).get(root(slug) + "/first-actions/" + actionId + "/participants");
        assertEquals(200, reply.status(), reply.toString());
        return reply.object().getJsonArray("enrolled").stream().map(v -> v.asJsonObject()).toList();
    }

    @Test
    void campaignsAndTheOutboxAreTheCooperationsOwn() {
        String anne = unique("anne");
        String slug = cooperationWith("Anne,Le Goff," + anne + ",56000");
        String other = admin().newCooperation("autre", "56", "onboarding");
        String id = campaign(slug, "À nous", "Bonjour", "{}").getString("id");
        coordinator(other).get(root(other) + "/campaigns/" + id).assertError(404);
        coordinator(other).post(root(other) + "/campaigns/" + id + "/send", null).assertError(404);
        assertTrue(coordinator(other).get(root(other) + "/campaigns").array().isEmpty());
        coordinator(other).get(root(slug) + "/campaigns").assertError(403);
        Api.at(base).as(Tokens.referent(slug)).get(root(slug) + "/campaigns").assertError(403);
        coordinator(slug).post(root(slug) + "/campaigns/" + id + "/send", null);
        assertEquals(1, n(coordinator(slug).get(outbox(slug)).object().getJsonObject("counts"), "PENDING")
                + n(coordinator(slug).get(outbox(slug)).object().getJsonObject("counts"), "SENT"));
        assertTrue(coordinator(other).get(outbox(other)).object().getJsonArray("items").isEmpty());
    }

    @Test
    void theDigestGoesToTheCoordinatorsOnceADay() {
        String anne = unique("anne");
        String slug = cooperationWith("Anne,Le Goff," + anne + ",56000");
        String coordinatorAddress = unique("coordination");
        assertEquals(200, admin().put("/api/tenants/" + slug + "/settings/onboarding.digest-hour", "{\"value\": \"0\"}").status());
        assertEquals(200, admin().put("/api/tenants/" + slug + "/settings/onboarding.digest-recipients",
                "{\"value\": \"" + coordinatorAddress + ", pas-une-adresse\"}").status());
        MimeMessage digest = mailsTo(coordinatorAddress, 1).get(0);
        assertTrue(subject(digest).startsWith("Accueil des bénévoles"), subject(digest));
        String text = text(digest);
        assertTrue(text.contains("Nouveau : 1"), text);
        assertTrue(text.contains("À relancer"), text);
        try {
            Thread.sleep(3000); // a few more ticks of the sender, which must not queue it again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        JsonObject outbox = coordinator(slug).get(outbox(slug)).object();
        assertEquals(1, outbox.getJsonArray("items").stream().filter(i -> i.asJsonObject().getJsonArray("tags").getString(0).equals("DIGEST")).count(),
                "once a day: " + outbox);
    }

    @Test
    @NeedsBrowser
    void aVolunteerAnswersOnTheSelfServicePageInABrowser() {
        String anne = unique("anne");
        String slug = cooperationWith("Anne,Le Goff," + anne + ",56000");
        String anneId = volunteer(slug, anne).getString("id");
        Instant now = Instant.now();
        int keyId = keyOf(slug);
        String token = new LinkToken(slug, keyId, anneId, null, 0, now, now.plus(Duration.ofDays(1))).sign(LinkToken.derivedKey(SECRET, slug, keyId));
        String muzillac = firstAction(slug, "Goûter à Muzillac", "56143",
                LocalDate.now(ZoneId.of("Europe/Paris")).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY)));
        String page = base.toString().replaceAll("/+$", "") + "/plugins/onboarding/self-service.html#lien=";

        try (PluginBrowser browser = PluginBrowser.at(base)) { // signed in nowhere: the link is the key
            WebDriver driver = browser.driver();
            driver.manage().window().setSize(new Dimension(390, 844)); // a phone: the link comes by e-mail
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(40), Browser.POLL);
            driver.get(page + token.substring(0, token.length() - 3) + "AAA");
            assertEquals("Lien inutilisable", wait.until(visibilityOfElementLocated(By.cssSelector(".fr-alert__title"))).getText().trim());

            driver.get("about:blank");
            driver.get(page + token);
            assertEquals("Bonjour Anne", wait.until(visibilityOfElementLocated(By.cssSelector("main h1"))).getText().trim());
            assertEquals("h1", driver.switchTo().activeElement().getTagName(), "the focus is on the heading");
            driver.findElement(By.id("disponibilites")).sendKeys("le mercredi après-midi");
            driver.findElement(By.id("code-postal")).sendKeys("56190");
            wait.until(d -> d.findElement(By.id("commune")).isEnabled());
            new Select(driver.findElement(By.id("commune"))).selectByVisibleText("Muzillac");
            driver.findElement(By.cssSelector("label[for=consentement]")).click();
            driver.findElement(By.cssSelector("#reponse button[type=submit]")).click();
            assertTrue(wait.until(visibilityOfElementLocated(By.cssSelector("#retour .fr-alert--success"))).getText().contains("Merci"));

            WebElement signUp = wait.until(visibilityOfElementLocated(By.cssSelector("#suggestions button[data-action]")));
            assertTrue(signUp.getAttribute("aria-label").contains("Goûter à Muzillac"), signUp.getAttribute("aria-label"));
            signUp.click();
            wait.until(d -> d.findElement(By.cssSelector("#retour")).getText().contains("inscrit"));
        }
        JsonObject seen = coordinator(slug).get(root(slug) + "/volunteers/" + anneId).object();
        assertEquals("RESPONDED", seen.getString("state"));
        assertEquals("le mercredi après-midi", seen.getString("availability"));
        assertEquals("Muzillac", seen.getJsonObject("commune").getString("nom"));
        assertTrue(seen.getBoolean("consent"));
        assertTrue(participants(slug, muzillac).toString().contains(anneId), "signed up on the page");
    }
}
