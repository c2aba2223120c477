package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.deployment.OnboardingFixture.freePort;
import static org.maillage.deployment.OnboardingFixture.mailNowhere;
import static org.maillage.deployment.OnboardingFixture.mailThrough;
import static org.maillage.deployment.OnboardingFixture.mailsTo;
import static org.maillage.deployment.OnboardingFixture.recipient;
import static org.maillage.deployment.OnboardingFixture.startSmtp;
import static org.maillage.deployment.OnboardingFixture.subject;
import static org.maillage.deployment.OnboardingFixture.text;
import static org.maillage.deployment.OnboardingFixture.unique;
import static org.maillage.deployment.OnboardingFixture.waitFor;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
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
import org.maillage.testkit.Tokens;

/**
 * The commission réseau by e-mail, through each cooperation's outbox and its real sender, to a real SMTP server
 * (GreenMail on a free loopback port): an invitation when a cooperation is invited, an update when the time changes,
 * the minutes' link once published, a cancellation when the meeting is deleted — each exactly once, whatever is
 * saved again; a cooperation without a contact address gets nothing and is named to the network admin; a
 * cooperation not invited gets nothing and cannot see the meeting. Also the contact address itself, and the
 * meetings' management: pages, deletion, cooperations chosen from a list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommissionMailIT {

    private static final String MEETINGS = "/api/reporting/meetings";
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

    private Api national() {
        return Api.at(base).as(Tokens.networkAdmin());
    }

    private Api coordinator(String slug) {
        return Api.at(base).as(Tokens.coordinator(slug));
    }

    /** @return a cooperation using the module, its coordinators having set {@code contact} as its address (null: none) */
    private String cooperation(String contact) {
        String slug = national().newCooperation("convocation", "56", "reporting");
        if (contact != null) {
            ok(coordinator(slug).put("/api/tenants/" + slug + "/contact", "{\"contactEmail\": \"" + contact + "\"}"));
        }
        return slug;
    }

    private static JsonObject ok(Reply reply) {
        assertTrue(reply.status() == 200 || reply.status() == 201, reply.toString());
        return reply.object();
    }

    /** @param startsAt when it starts; it ends two and a half hours after */
    private static String plan(String title, String startsAt, String... invited) {
        String endsAt = java.time.OffsetDateTime.parse(startsAt).plusMinutes(150).toString();
        return """
                {"title": "%s", "startsAt": "%s", "endsAt": "%s", "place": "Paris, salle 2",
                 "videoLink": null, "invited": [%s]}"""
                .formatted(title, startsAt, endsAt, String.join(", ", List.of(invited).stream().map(s -> "\"" + s + "\"").toList()));
    }

    private static String edit(String plan, String minutes, boolean published, long version) {
        return """
                {"plan": %s, "minutes": "%s", "decisions": [], "published": %s, "version": %d}""".formatted(plan, minutes, published, version);
    }

    private static long version(JsonObject meeting) {
        return meeting.getJsonNumber("version").longValue();
    }

    private static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static long received(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(address)).count();
    }

    private static List<String> subjects(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(address)).map(OnboardingFixture::subject).toList();
    }

    @Test
    void invitationNewTimesMinutesAndCancellationEachReachAnInvitedCooperationOnce() throws InterruptedException {
        String toldAddress = unique("coordination");
        String otherAddress = unique("autre");
        String outsiderAddress = unique("non-invitee");
        String told = cooperation(toldAddress);
        String silent = cooperation(null);
        String other = cooperation(otherAddress);
        String outsider = cooperation(outsiderAddress);
        String title = "Commission d’hiver";

        // created: one invitation each to those with an address; the one without is named
        JsonObject created = ok(national().post(MEETINGS, plan(title, "2027-01-14T14:00:00+01:00", told, silent, other)));
        String id = created.getString("id");
        assertEquals(List.of(silent), strings(created, "untold"), created.toString());
        MimeMessage invitation = mailsTo(smtp, toldAddress, 1).get(0);
        assertEquals("Commission réseau : invitation — " + title, subject(invitation));
        String body = text(invitation).replace("\r\n", "\n");
        assertTrue(body.contains("jeudi 14 janvier 2027 de 14 h 00 à 16 h 30"), body);
        assertTrue(body.contains("Lieu : Paris, salle 2"), body);
        assertTrue(body.contains("Ordre du jour :\nà venir"), body);
        assertTrue(body.contains("https://maillage.test/#/coop/" + told + "/reporting/commission/" + id), "a link to the meeting's page: " + body);
        mailsTo(smtp, otherAddress, 1);

        // saved again as it is: nothing new, nothing sent; with new times: one update each
        JsonObject same = ok(national().put(MEETINGS + "/" + id, edit(plan(title, "2027-01-14T14:00:00+01:00", told, silent, other), "", false,
                version(created))));
        assertEquals(List.of(silent), strings(same, "untold"), "still untold, as it still has no address");
        JsonObject later = ok(national().put(MEETINGS + "/" + id, edit(plan(title, "2027-01-14T15:00:00+01:00", told, silent, other), "", false,
                version(same))));
        MimeMessage update = mailsTo(smtp, toldAddress, 2).get(1);
        assertEquals("Commission réseau : nouvel horaire — " + title, subject(update));
        assertTrue(text(update).contains("jeudi 14 janvier 2027 de 15 h 00 à 17 h 30 (heure de Paris)"), text(update));
        assertTrue(text(update).contains("annoncée pour le jeudi 14 janvier 2027 de 14 h 00"), text(update));
        mailsTo(smtp, otherAddress, 2);

        // the minutes, published: a link, not the minutes; published again: nothing more
        String minutes = "Mme Durand a présenté les visites de Vannes.";
        JsonObject published = ok(national().put(MEETINGS + "/" + id, edit(plan(title, "2027-01-14T15:00:00+01:00", told, silent, other), minutes, true,
                version(later))));
        MimeMessage minutesMail = mailsTo(smtp, toldAddress, 3).get(2);
        assertEquals("Commission réseau : compte rendu publié — " + title, subject(minutesMail));
        assertTrue(text(minutesMail).contains("https://maillage.test/#/coop/" + told + "/reporting/commission/" + id), text(minutesMail));
        assertFalse(text(minutesMail).contains("Durand"), "the minutes may name people: only their link goes out");
        mailsTo(smtp, otherAddress, 3);
        JsonObject again = ok(national().put(MEETINGS + "/" + id, edit(plan(title, "2027-01-14T15:00:00+01:00", told, silent, other), minutes + " Suite.",
                true, version(published))));

        // taken off the list: told so; the meeting cancelled: the other one told so
        JsonObject without = ok(national().put(MEETINGS + "/" + id, edit(plan(title, "2027-01-14T15:00:00+01:00", told, silent), minutes, true,
                version(again))));
        assertEquals("Commission réseau : invitation retirée — " + title, subject(mailsTo(smtp, otherAddress, 4).get(3)));
        national().delete(MEETINGS + "/" + id + "?version=" + (version(without) - 1)).assertError(409);
        JsonObject cancelled = ok(national().delete(MEETINGS + "/" + id + "?version=" + version(without)));
        assertEquals(List.of(), strings(cancelled, "untold"), cancelled.toString());
        MimeMessage cancellation = mailsTo(smtp, toldAddress, 4).get(3);
        assertEquals("Commission réseau : réunion annulée — " + title, subject(cancellation));
        assertTrue(text(cancellation).contains("est annulée"), text(cancellation));
        national().get(MEETINGS + "/" + id).assertError(404);
        coordinator(told).get("/api/tenants/" + told + "/reporting/meetings/" + id).assertError(404);

        Thread.sleep(4000); // several ticks of the sender: nothing leaves twice
        assertEquals(List.of("Commission réseau : invitation — " + title, "Commission réseau : nouvel horaire — " + title,
                "Commission réseau : compte rendu publié — " + title, "Commission réseau : réunion annulée — " + title), subjects(toldAddress));
        assertEquals(4, received(otherAddress), subjects(otherAddress).toString());
        assertEquals(0, received(outsiderAddress), "a cooperation not invited gets nothing");
        JsonObject outbox = waitFor("every message of the meeting sent", () -> {
            JsonObject page = coordinator(told).get("/api/tenants/" + told + "/outbox?plugin=reporting&reference=" + id).object();
            return page.getJsonArray("items").stream().allMatch(i -> i.asJsonObject().getString("state").equals("SENT")) ? page : null;
        });
        assertEquals(List.of("CANCELLATION", "INVITATION", "MINUTES", "UPDATE"), outbox.getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getJsonArray("tags").getString(0)).sorted().toList(), "in the cooperation's own outbox");
        assertTrue(coordinator(silent).get("/api/tenants/" + silent + "/outbox?plugin=reporting").object().getJsonArray("items").isEmpty());
        assertTrue(coordinator(outsider).get("/api/tenants/" + outsider + "/outbox?plugin=reporting").object().getJsonArray("items").isEmpty());
    }

    @Test
    void aCooperationNotInvitedNeitherHearsOfNorSeesTheMeeting() throws InterruptedException {
        String invitedAddress = unique("invitee");
        String outsiderAddress = unique("dehors");
        String invited = cooperation(invitedAddress);
        String outsider = cooperation(outsiderAddress);
        String id = ok(national().post(MEETINGS, plan("Commission restreinte", "2027-02-04T14:00:00+01:00", invited))).getString("id");
        mailsTo(smtp, invitedAddress, 1);
        Thread.sleep(3000);
        assertEquals(0, received(outsiderAddress));
        coordinator(outsider).get("/api/tenants/" + outsider + "/reporting/meetings/" + id).assertError(404);
        assertTrue(coordinator(outsider).get("/api/tenants/" + outsider + "/reporting/meetings").array().stream()
                .noneMatch(m -> m.asJsonObject().getString("id").equals(id)));
    }

    @Test
    void aCancelledMeetingsQuestionsWaitForAnotherMeeting() {
        String mine = cooperation(null);
        String question = ok(coordinator(mine).post("/api/tenants/" + mine + "/reporting/questions",
                "{\"text\": \"Comment accueillir les nouveaux bénévoles ?\"}")).getString("id");
        JsonObject meeting = ok(national().post(MEETINGS, plan("Commission annulée", "2027-04-01T14:00:00+02:00", mine)));
        String id = meeting.getString("id");
        JsonObject scheduled = ok(national().post(MEETINGS + "/" + id + "/agenda",
                "{\"kind\": \"QUESTION\", \"reference\": \"" + question + "\", \"version\": " + version(meeting) + "}"));
        assertEquals(List.of(mine), strings(scheduled, "invited"));

        assertEquals(List.of(), strings(ok(national().delete(MEETINGS + "/" + id + "?version=" + version(scheduled))), "untold"),
                "never told (no address), so nothing to cancel");
        JsonObject waiting = ok(national().get(MEETINGS + "/proposals"));
        assertTrue(waiting.getJsonArray("questions").stream().anyMatch(q -> q.asJsonObject().getString("id").equals(question)), waiting.toString());
        JsonObject asked = coordinator(mine).get("/api/tenants/" + mine + "/reporting/questions").array().stream().map(JsonValue::asJsonObject)
                .filter(q -> q.getString("id").equals(question)).findFirst().orElseThrow();
        assertFalse(asked.containsKey("meetingId") && !asked.isNull("meetingId"), "waiting again: " + asked);
        national().get(MEETINGS + "/" + id).assertError(404);
    }

    @Test
    void aCooperationsContactAddressIsCheckedAndKeptByItsCoordinatorsAndTheNetwork() {
        String slug = cooperation(null);
        String contact = "/api/tenants/" + slug + "/contact";
        assertFalse(ok(coordinator(slug).get(contact)).containsKey("contactEmail"), "none yet");
        Reply bad = coordinator(slug).put(contact, "{\"contactEmail\": \"pas-de-domaine-xyz\"}");
        assertEquals("contactEmail", bad.assertError(400).getJsonArray("fields").getJsonObject(0).getString("field"));
        assertFalse(bad.body().contains("pas-de-domaine-xyz"), "the message does not repeat the address: " + bad);
        coordinator(slug).put(contact, "{\"contactEmail\": \"" + "a".repeat(250) + "@exemple.fr\"}").assertError(400);
        assertEquals("coordination@exemple.fr", ok(coordinator(slug).put(contact, "{\"contactEmail\": \" Coordination@Exemple.fr \"}"))
                .getString("contactEmail"));
        assertEquals("coordination@exemple.fr", ok(national().get("/api/tenants/" + slug)).getString("contactEmail"), "the registry shows it");
        Api.at(base).as(Tokens.referent(slug)).put(contact, "{\"contactEmail\": \"x@exemple.fr\"}").assertError(403);

        // the registry: set on creation, changed, removed with an empty value, left alone when absent
        String created = "contact-" + System.nanoTime() % 100000;
        assertEquals("bureau@exemple.fr", ok(national().post("/api/tenants",
                "{\"slug\": \"" + created + "\", \"displayName\": \"Avec contact\", \"departements\": [\"56\"], \"contactEmail\": \"bureau@exemple.fr\"}"))
                .getString("contactEmail"));
        national().put("/api/tenants/" + created, "{\"displayName\": \"Avec contact\", \"departements\": [\"56\"], \"contactEmail\": \"@\"}").assertError(400);
        assertEquals("bureau@exemple.fr", ok(national().put("/api/tenants/" + created, "{\"displayName\": \"Renommée\", \"departements\": [\"56\"]}"))
                .getString("contactEmail"));
        assertFalse(ok(national().put("/api/tenants/" + created, "{\"displayName\": \"Renommée\", \"departements\": [\"56\"], \"contactEmail\": \"\"}"))
                .containsKey("contactEmail"), "removed");
        assertEquals("reseau@exemple.fr", ok(national().put("/api/tenants/" + created + "/contact", "{\"contactEmail\": \"reseau@exemple.fr\"}"))
                .getString("contactEmail"), "network admins set it too");
    }

    @Test
    void meetingsArePagedInAStableOrderAndInviteOnlyCooperationsOfTheList() {
        String mine = cooperation("liste@exemple.fr");
        String unknown = "inconnue-" + System.nanoTime() % 100000;
        JsonObject refused = national().post(MEETINGS, plan("Avec une inconnue", "2027-03-04T14:00:00+01:00", mine, unknown, "zz-absente")).assertError(400);
        assertTrue(refused.toString().contains(unknown) && refused.toString().contains("zz-absente"), "the unknown slugs named: " + refused);

        List<JsonObject> cooperations = national().get(MEETINGS + "/cooperations").array().stream().map(JsonValue::asJsonObject).toList();
        JsonObject listed = cooperations.stream().filter(c -> c.getString("slug").equals(mine)).findFirst().orElseThrow();
        assertEquals("Coopération " + mine, listed.getString("name"));
        assertTrue(listed.getBoolean("contact"));
        coordinator(mine).get(MEETINGS + "/cooperations").assertError(403);

        for (int i = 0; i < 3; i++) {
            ok(national().post(MEETINGS, plan("Même heure " + i, "2031-05-06T10:00:00+02:00", mine)));
        }
        JsonObject first = ok(national().get(MEETINGS + "?page=1&size=2"));
        JsonObject second = ok(national().get(MEETINGS + "?page=2&size=2"));
        assertTrue(first.getInt("total") >= 3, first.toString());
        assertEquals(first.getInt("total"), second.getInt("total"));
        assertEquals(2, first.getJsonArray("items").size());
        List<String> ids = new java.util.ArrayList<>(first.getJsonArray("items").stream().map(m -> m.asJsonObject().getString("id")).toList());
        ids.addAll(second.getJsonArray("items").stream().map(m -> m.asJsonObject().getString("id")).toList());
        assertEquals(ids.size(), ids.stream().distinct().count(), "no meeting on two pages: " + ids);
        assertEquals(ids.subList(0, 3).stream().sorted().toList(), ids.subList(0, 3), "meetings at the same time, by id: " + ids);
        assertEquals(first.getJsonArray("items").getJsonObject(0).getString("id"),
                ok(national().get(MEETINGS + "?page=1&size=2")).getJsonArray("items").getJsonObject(0).getString("id"), "a stable order");
        national().get(MEETINGS + "?page=0").assertError(400);
        national().get(MEETINGS + "?size=1000").assertError(400);
        national().get(MEETINGS + "?page=deux").assertError(400);
        national().delete(MEETINGS + "/" + first.getJsonArray("items").getJsonObject(0).getString("id")).assertError(400);
        national().delete(MEETINGS + "/absente?version=0").assertError(404);
    }
}
