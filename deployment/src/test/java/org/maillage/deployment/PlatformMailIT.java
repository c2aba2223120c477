package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.deployment.OnboardingFixture.freePort;
import static org.maillage.deployment.OnboardingFixture.mailNowhere;
import static org.maillage.deployment.OnboardingFixture.mailThrough;
import static org.maillage.deployment.OnboardingFixture.mailsTo;
import static org.maillage.deployment.OnboardingFixture.outbox;
import static org.maillage.deployment.OnboardingFixture.recipient;
import static org.maillage.deployment.OnboardingFixture.startSmtp;
import static org.maillage.deployment.OnboardingFixture.subject;
import static org.maillage.deployment.OnboardingFixture.text;
import static org.maillage.deployment.OnboardingFixture.unique;
import static org.maillage.deployment.OnboardingFixture.waitFor;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.Api.Reply;
import org.maillage.testkit.TestDatabase;
import org.maillage.testkit.Tokens;

/**
 * E-mail as a platform service, seen from a plugin other than onboarding: the sample plugin sends a note's copy to
 * its author through the platform's outbox ({@code Mail}), with a real SMTP server (GreenMail on 127.0.0.1, a free
 * port) that the shared platform is pointed at for each test. The sender sends as soon as a message is queued, and
 * polls every {@value PlatformSuite#POLL_SECONDS} seconds (for retries and what a restart left).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformMailIT {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp = startSmtp(SMTP_PORT);

    @ArquillianResource
    URL base;

    @BeforeEach
    void configure() {
        mailThrough(base, SMTP_PORT);
    }

    @AfterEach
    void restore() {
        mailNowhere(base);
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private Api coordinator(String slug) {
        return Api.at(base).as(Tokens.coordinator(slug));
    }

    private String cooperation() {
        return Api.at(base).as(Tokens.networkAdmin()).newCooperation("courrier", "56", "sample");
    }

    private JsonObject note(String slug, String author, String text) {
        Reply written = coordinator(slug).post("/api/tenants/" + slug + "/sample/notes",
                "{\"author\": \"" + author + "\", \"text\": \"" + text + "\", \"copyToAuthor\": true}");
        assertEquals(201, written.status(), written.toString());
        return written.object();
    }

    private JsonObject sentItem(String slug, String noteId) {
        return waitFor("the copy marked sent", () -> coordinator(slug).get(outbox(slug) + "?plugin=sample&reference=" + noteId).object()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).filter(i -> i.getString("state").equals("SENT")).findFirst().orElse(null));
    }

    @Test
    void aNoteCopyLeavesThroughThePlatformOutboxExactlyOnce() throws InterruptedException {
        String slug = cooperation();
        String author = unique("auteur");
        JsonObject note = note(slug, author, "Penser au forum des associations");

        MimeMessage received = mailsTo(smtp, author, 1).get(0);
        assertEquals("Votre note", subject(received));
        assertTrue(text(received).contains("Penser au forum des associations"), text(received));
        JsonObject item = sentItem(slug, note.getString("id"));
        assertEquals("sample", item.getString("plugin"));
        assertEquals(List.of("NOTE_COPY"), item.getJsonArray("tags").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(1, item.getInt("attempts"));

        Thread.sleep(4000); // several ticks of the sender on every cooperation: the message must not leave again
        assertEquals(1, Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(author)).count(), "sent exactly once");
        assertEquals(1, coordinator(slug).get(outbox(slug)).object().getJsonObject("counts").getInt("SENT"));
    }

    /**
     * A message leaves as soon as the transaction that queued it commits, not at the sender's next run: the job's next
     * run for the cooperation is put an hour ahead in the database first (while no instance holds it), and stays there.
     */
    @Test
    void aQueuedMessageLeavesAtOnceNotAtTheSendersNextRun() throws SQLException {
        String slug = cooperation();
        waitFor("the sender's run for " + slug + " held off an hour", () -> holdOffSender(slug) ? true : null);
        String author = unique("pressee");
        note(slug, author, "Appeler Mme Le Goff avant jeudi");

        assertEquals(1, mailsTo(smtp, author, 1).size());
        assertTrue(senderNextRun(slug).isAfter(OffsetDateTime.now().plusMinutes(50)), "the job did not run meanwhile: it was not the job that sent it");
    }

    /** @return whether the sender's next run for the cooperation is now an hour ahead (false while it has no run yet or one is under way) */
    private static boolean holdOffSender(String slug) {
        try (Connection db = TestDatabase.get().connect(); PreparedStatement hold = db.prepareStatement("update platform_job_run"
                + " set next_run_at = now() + interval '1 hour' where job = 'platform.mail' and cooperation = ? and lease_until is null")) {
            hold.setString(1, slug);
            return hold.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime senderNextRun(String slug) throws SQLException {
        try (Connection db = TestDatabase.get().connect(); PreparedStatement next = db.prepareStatement(
                "select next_run_at from platform_job_run where job = 'platform.mail' and cooperation = ?")) {
            next.setString(1, slug);
            try (ResultSet row = next.executeQuery()) {
                assertTrue(row.next(), "the sender's run for " + slug);
                return row.getObject(1, OffsetDateTime.class);
            }
        }
    }

    /**
     * The sender is a platform job: each cooperation's runs are claimed in the database, the next one due a period
     * ({@value PlatformSuite#POLL_SECONDS} s here) after the end of the last, and network admins see where every job stands.
     */
    @Test
    void theSenderRunsAsAJobOfEachCooperationThatNetworkAdminsCanFollow() {
        String slug = cooperation();
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        JsonObject run = waitFor("the sender's run for " + slug, () -> admin.get("/api/jobs").array().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("job").equals("platform.mail") && r.getString("cooperation").equals(slug)
                        && r.get("lastRunAt") != null && r.get("lastRunAt") != JsonValue.NULL)
                .findFirst().orElse(null));
        Duration period = Duration.between(OffsetDateTime.parse(run.getString("lastRunAt")), OffsetDateTime.parse(run.getString("nextRunAt")));
        assertEquals(Duration.ofSeconds(Long.parseLong(PlatformSuite.POLL_SECONDS)), period, run.toString());
        assertFalse(run.containsKey("lastError") && run.get("lastError") != JsonValue.NULL, run.toString());
        assertEquals(403, coordinator(slug).get("/api/jobs").status());
    }

    @Test
    void aCooperationsMessagesAreNeverVisibleInAnothersOutbox() {
        String a = cooperation();
        String b = cooperation();
        String author = unique("auteur");
        String noteId = note(a, author, "Réunion mardi").getString("id");
        String id = sentItem(a, noteId).getString("id");

        JsonObject other = coordinator(b).get(outbox(b)).object();
        assertTrue(other.getJsonArray("items").isEmpty(), other.toString());
        assertTrue(other.getJsonObject("counts").values().stream().allMatch(n -> n.toString().equals("0")), other.toString());
        assertTrue(coordinator(b).get(outbox(b) + "?plugin=sample&reference=" + noteId).object().getJsonArray("items").isEmpty());
        coordinator(b).post(outbox(b) + "/" + id + "/retry", null).assertError(404);
        coordinator(b).get(outbox(a)).assertError(403);
        Api.at(base).as(Tokens.referent(a)).get(outbox(a)).assertError(403);
    }

    @Test
    void filtersThatNoMessageCouldCarryAreRefused() {
        String slug = cooperation();
        String outbox = "/api/tenants/" + slug + "/outbox";
        assertEquals("reference", coordinator(slug).get(outbox + "?reference=a%00b").assertError(400)
                .getJsonArray("fields").getJsonObject(0).getString("field"), "found by HostileRequestsIT: a NUL answered 500");
        coordinator(slug).get(outbox + "?reference=" + "r".repeat(37)).assertError(400);
        coordinator(slug).get(outbox + "?plugin=sam%01ple").assertError(400);
        assertEquals(200, coordinator(slug).get(outbox + "?plugin=sample&reference=" + "r".repeat(36)).status());
    }

    @Test
    void theOutboxTakesPartInExportAndErasure() {
        String slug = cooperation();
        String author = unique("auteur");
        String noteId = note(slug, author, "À effacer").getString("id");
        sentItem(slug, noteId);

        Reply exported = coordinator(slug).exportPersonalData(slug, author);
        assertEquals(200, exported.status(), exported.toString());
        assertTrue(exported.object().getJsonObject("plugins").getJsonObject("platform").getJsonArray("boîte d’envoi").size() == 1,
                exported.toString());
        Reply erased = coordinator(slug).erasePersonalData(slug, author);
        assertEquals(200, erased.status(), erased.toString());
        assertEquals(1, erased.object().getJsonObject("erased").getInt("platform"), erased.toString());
        JsonObject left = coordinator(slug).get(outbox(slug)).object();
        assertFalse(left.toString().contains(author), left.toString());
        assertTrue(left.getJsonArray("items").isEmpty(), left.toString());
    }
}
