package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.deployment.fixtures.fiches.SharedFiches;
import org.maillage.testkit.Api;
import org.maillage.testkit.Api.Reply;
import org.maillage.testkit.Tokens;

/**
 * The commission réseau over HTTP: meetings made by network admins, seen by the cooperations they invite and by
 * no other, minutes shown once published, an agenda fed by a sent report, a cooperation's question and a plugin's
 * proposal (the fixture {@code fiches} contributes to {@code AgendaProposals}), and each meeting as an {@code .ics}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommissionIT {

    private static final String MEETINGS = "/api/reporting/meetings";

    @ArquillianResource
    URL base;

    private Api national() {
        return Api.at(base).as(Tokens.networkAdmin());
    }

    private String cooperation() {
        return national().newCooperation("commission", "56", "sample", "reporting");
    }

    private static JsonObject ok(Reply reply) {
        assertTrue(reply.status() == 200 || reply.status() == 201, reply.toString());
        return reply.object();
    }

    private static String plan(String title, String place, String... invited) {
        return """
                {"title": "%s", "startsAt": "2027-01-14T14:00:00+01:00", "endsAt": "2027-01-14T16:30:00+01:00", "place": %s,
                 "videoLink": "https://visio.example.fr/commission", "invited": [%s]}"""
                .formatted(title, place == null ? "null" : "\"" + place + "\"",
                        String.join(", ", List.of(invited).stream().map(s -> "\"" + s + "\"").toList()));
    }

    private JsonObject meeting(String title, String... invited) {
        return ok(national().post(MEETINGS, plan(title, "Paris, salle 2", invited)));
    }

    private static List<String> ids(Reply list) {
        return list.array().stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    private static long version(JsonObject meeting) {
        return meeting.getJsonNumber("version").longValue();
    }

    @Test
    void aCoordinatorSeesOnlyTheMeetingsTheirCooperationIsInvitedTo() {
        String mine = cooperation();
        String other = cooperation();
        JsonObject ours = meeting("Commission de janvier", mine, other);
        JsonObject theirs = meeting("Commission restreinte", other);
        Api coordinator = Api.at(base).as(Tokens.coordinator(mine));
        String root = "/api/tenants/" + mine + "/reporting/meetings";

        List<String> seen = ids(coordinator.get(root));
        assertTrue(seen.contains(ours.getString("id")), seen.toString());
        assertFalse(seen.contains(theirs.getString("id")), "a meeting the cooperation is not invited to: " + seen);
        coordinator.get(root + "/" + theirs.getString("id")).assertError(404);
        coordinator.getAny(root + "/" + theirs.getString("id") + "/calendar.ics").assertError(404);
        coordinator.get(MEETINGS + "/" + theirs.getString("id")).assertError(403);
        coordinator.get(MEETINGS).assertError(403);
        Api.at(base).as(Tokens.coordinator(other)).get("/api/tenants/" + mine + "/reporting/meetings/" + ours.getString("id")).assertError(403);
        assertTrue(ids(Api.at(base).as(Tokens.coordinator(other)).get("/api/tenants/" + other + "/reporting/meetings"))
                .contains(theirs.getString("id")));
    }

    @Test
    void minutesAndDecisionsReachTheInvitedCooperationsOncePublished() {
        String mine = cooperation();
        JsonObject meeting = meeting("Commission de février", mine);
        String id = meeting.getString("id");
        String edit = """
                {"plan": %s, "minutes": "Tour de table des coopérations.", "decisions": [{"text": "Former les référents", "followUp": "Réseau national"}],
                 "published": %s, "version": %d}""";
        JsonObject written = ok(national().put(MEETINGS + "/" + id, edit.formatted(plan("Commission de février", "Paris", mine), false, version(meeting))));
        national().put(MEETINGS + "/" + id, edit.formatted(plan("Commission de février", "Paris", mine), true, version(meeting))).assertError(409);

        Api coordinator = Api.at(base).as(Tokens.coordinator(mine));
        String url = "/api/tenants/" + mine + "/reporting/meetings/" + id;
        JsonObject draft = ok(coordinator.get(url));
        assertTrue(!draft.containsKey("minutes") || draft.isNull("minutes"), "unpublished minutes: " + draft);
        assertEquals(0, draft.getJsonArray("decisions").size());

        ok(national().put(MEETINGS + "/" + id, edit.formatted(plan("Commission de février", "Paris", mine), true, version(written))));
        JsonObject published = ok(coordinator.get(url));
        assertEquals("Tour de table des coopérations.", published.getString("minutes"));
        assertEquals("Réseau national", published.getJsonArray("decisions").getJsonObject(0).getString("followUp"));
    }

    @Test
    void badPlansAreRefusedWithTheFieldAtFault() {
        String mine = cooperation();
        String backwards = plan("À l'envers", "Paris", mine).replace("2027-01-14T16:30:00+01:00", "2027-01-14T10:00:00+01:00");
        assertEquals("endsAt", national().post(MEETINGS, backwards).assertError(400).getJsonArray("fields").getJsonObject(0).getString("field"));
        national().post(MEETINGS, plan("Inconnue", "Paris", "nulle-part-" + System.nanoTime())).assertError(400);
        national().post(MEETINGS, plan("Nulle part", null, mine).replace("\"https://visio.example.fr/commission\"", "null")).assertError(400);
        national().post(MEETINGS, "{}").assertError(400);
        national().put(MEETINGS + "/absente", "{}").assertError(400);
        national().get(MEETINGS + "/absente").assertError(404);
    }

    @Test
    void theAgendaTakesASentReportAQuestionAndAPluginProposal() {
        String mine = cooperation();
        Api coordinator = Api.at(base).as(Tokens.coordinator(mine));
        JsonObject meeting = meeting("Commission de mars", mine);
        String agenda = MEETINGS + "/" + meeting.getString("id") + "/agenda";

        // a report goes on the agenda once sent, not as a draft
        String reports = "/api/tenants/" + mine + "/reporting/reports";
        JsonObject report = ok(coordinator.post(reports, "{\"period\": \"" + endedHalf() + "\"}"));
        String reportId = report.getString("id");
        String item = "{\"kind\": \"%s\", \"cooperation\": \"%s\", \"reference\": \"%s\", \"version\": %d}";
        national().post(agenda, item.formatted("REPORT", mine, reportId, version(meeting))).assertError(409);
        JsonObject written = ok(coordinator.put(reports + "/" + reportId, "{\"highlights\": \"Deux équipes\", \"version\": " + report.getJsonNumber("version") + "}"));
        ok(coordinator.post(reports + "/" + reportId + "/submit", "{\"version\": " + written.getJsonNumber("version") + "}"));
        national().post(agenda, item.formatted("REPORT", "absente", reportId, version(meeting))).assertError(400);
        JsonObject withReport = ok(national().post(agenda, item.formatted("REPORT", mine, reportId, version(meeting))));
        national().post(agenda, item.formatted("REPORT", mine, reportId, version(withReport))).assertError(409);

        // a question waits until it is put on an agenda
        coordinator.post("/api/tenants/" + mine + "/reporting/questions", "{\"text\": \"\"}").assertError(400);
        national().post("/api/tenants/" + mine + "/reporting/questions", "{\"text\": \"x\"}").assertError(403);
        String question = ok(coordinator.post("/api/tenants/" + mine + "/reporting/questions",
                "{\"text\": \"Comment financer les déplacements des bénévoles ?\"}")).getString("id");
        JsonObject waiting = ok(national().get(MEETINGS + "/proposals"));
        assertTrue(waiting.getJsonArray("questions").stream().anyMatch(q -> q.asJsonObject().getString("id").equals(question)), waiting.toString());
        assertTrue(waiting.getJsonArray("proposals").stream().anyMatch(p -> p.asJsonObject().getString("key").equals(SharedFiches.DOOR_TO_DOOR)),
                "the fixture plugin's proposal: " + waiting);
        national().post(agenda, item.formatted("QUESTION", "", question, version(withReport) - 1)).assertError(409);
        JsonObject withQuestion = ok(national().post(agenda, item.formatted("QUESTION", "", question, version(withReport))));
        assertEquals(meeting.getString("id"), coordinator.get("/api/tenants/" + mine + "/reporting/questions").array().stream()
                .map(JsonValue::asJsonObject).filter(q -> q.getString("id").equals(question)).findFirst().orElseThrow().getString("meetingId"));
        assertFalse(ok(national().get(MEETINGS + "/proposals")).getJsonArray("questions").stream()
                .anyMatch(q -> q.asJsonObject().getString("id").equals(question)), "no longer waiting");

        // a plugin's proposal, once
        national().post(agenda, item.formatted("PROPOSAL", "", "fiches:inconnue", version(withQuestion))).assertError(400);
        JsonObject withFiche = ok(national().post(agenda, item.formatted("PROPOSAL", "", SharedFiches.DOOR_TO_DOOR, version(withQuestion))));
        assertFalse(ok(national().get(MEETINGS + "/proposals")).getJsonArray("proposals").stream()
                .anyMatch(p -> p.asJsonObject().getString("key").equals(SharedFiches.DOOR_TO_DOOR)), "no longer proposed");

        List<String> kinds = withFiche.getJsonArray("agenda").stream().map(i -> i.asJsonObject().getString("kind")).toList();
        assertEquals(List.of("REPORT", "QUESTION", "PROPOSAL"), kinds);
        assertEquals("Fiche : le porte-à-porte à Vannes", withFiche.getJsonArray("agenda").getJsonObject(2).getString("title"));
        assertEquals(3, ok(coordinator.get("/api/tenants/" + mine + "/reporting/meetings/" + meeting.getString("id"))).getJsonArray("agenda").size(),
                "the invited cooperation reads the agenda");

        // taken off the agenda, the question waits again
        JsonObject without = ok(national().delete(agenda + "/1?version=" + version(withFiche)));
        assertEquals(List.of("REPORT", "PROPOSAL"), without.getJsonArray("agenda").stream().map(i -> i.asJsonObject().getString("kind")).toList());
        assertTrue(ok(national().get(MEETINGS + "/proposals")).getJsonArray("questions").stream()
                .anyMatch(q -> q.asJsonObject().getString("id").equals(question)));
        national().delete(agenda + "/7?version=" + version(without)).assertError(404);
    }

    @Test
    void eachMeetingIsAnICalendarFile() {
        String mine = cooperation();
        JsonObject meeting = meeting("Bilan; semestre, et suites", mine);
        Reply ics = Api.at(base).as(Tokens.coordinator(mine)).getAny("/api/tenants/" + mine + "/reporting/meetings/" + meeting.getString("id") + "/calendar.ics");
        assertEquals(200, ics.status(), ics.toString());
        assertTrue(ics.header("Content-Type").orElseThrow().startsWith("text/calendar"), ics.toString());

        Map<String, String> event = event(ics.body());
        assertEquals(meeting.getString("id") + "@maillage", event.get("UID"));
        assertEquals("20270114T130000Z", event.get("DTSTART"));
        assertEquals("20270114T153000Z", event.get("DTEND"));
        assertEquals("Commission réseau : Bilan\\; semestre\\, et suites", event.get("SUMMARY"));
        assertEquals("https://visio.example.fr/commission", event.get("URL"));
    }

    /** The VEVENT's properties, unfolded (RFC 5545 §3.1), values as written. */
    private static Map<String, String> event(String ics) {
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"), ics);
        Map<String, String> event = new LinkedHashMap<>();
        boolean inside = false;
        for (String line : ics.replace("\r\n ", "").split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                inside = true;
            } else if (line.equals("END:VEVENT")) {
                inside = false;
            } else if (inside) {
                int colon = line.indexOf(':');
                event.put(line.substring(0, colon).split(";")[0], line.substring(colon + 1));
            }
        }
        return event;
    }

    private static String endedHalf() {
        YearMonth current = YearMonth.now(ZoneOffset.UTC);
        return current.getMonthValue() <= 6 ? (current.getYear() - 1) + "-S2" : current.getYear() + "-S1";
    }
}
