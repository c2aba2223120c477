package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.net.URL;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.Api.Reply;
import org.maillage.testkit.Tokens;

/**
 * Rapport au réseau over HTTP: a report filled from the platform's indicators, written, submitted with its
 * figures frozen, returned with a comment, submitted again and acknowledged; the refusals on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportingIT {

    @ArquillianResource
    URL base;

    private final YearMonth current = YearMonth.now(ZoneOffset.UTC);

    /** The last half-year that has ended: a report of it can be submitted today. */
    private String endedHalf() {
        return current.getMonthValue() <= 6 ? (current.getYear() - 1) + "-S2" : current.getYear() + "-S1";
    }

    private YearMonth lastMonthOfEndedHalf() {
        return current.getMonthValue() <= 6 ? YearMonth.of(current.getYear() - 1, 12) : YearMonth.of(current.getYear(), 6);
    }

    private String cooperation() {
        return Api.at(base).as(Tokens.networkAdmin()).newCooperation("rapport", "56", "sample", "reporting");
    }

    private static JsonObject ok(Reply reply) {
        assertTrue(reply.status() == 200 || reply.status() == 201, reply.toString());
        return reply.object();
    }

    private static int notes(JsonObject report, YearMonth month) {
        return report.getJsonObject("figures").getJsonObject("months").getJsonObject(month.toString()).getJsonNumber("sample.notes").intValue();
    }

    @Test
    void aReportGoesFromDraftToAcknowledgedWithItsFiguresFrozenAtSubmission() throws Exception {
        String slug = cooperation();
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        Api national = Api.at(base).as(Tokens.networkAdmin());
        String root = "/api/tenants/" + slug + "/reporting/reports";
        YearMonth month = lastMonthOfEndedHalf();
        ok(coordinator.post("/api/tenants/" + slug + "/indicators/snapshots", "{\"month\": \"" + month + "\"}"));

        JsonObject draft = ok(coordinator.post(root, "{\"period\": \"" + endedHalf() + "\"}"));
        String id = draft.getString("id");
        assertEquals("DRAFT", draft.getString("state"));
        assertFalse(draft.getJsonObject("figures").getBoolean("frozen"));
        assertEquals(0, notes(draft, month), "filled from the month's snapshot");

        coordinator.post(root + "/" + id + "/submit", "{\"version\": " + draft.getJsonNumber("version") + "}").assertError(400);
        JsonObject written = ok(coordinator.put(root + "/" + id, """
                {"highlights": "Deux équipes nouvelles", "needs": "Une formation", "contactEmail": "Contact@Coop.fr", "version": %d}"""
                .formatted(draft.getJsonNumber("version").longValue())));
        assertEquals("contact@coop.fr", written.getJsonObject("narrative").getString("contactEmail"));
        coordinator.put(root + "/" + id, "{\"highlights\": \"x\", \"version\": " + draft.getJsonNumber("version") + "}").assertError(409);

        JsonObject submitted = ok(coordinator.post(root + "/" + id + "/submit", "{\"version\": " + written.getJsonNumber("version") + "}"));
        assertEquals("SUBMITTED", submitted.getString("state"));
        assertTrue(submitted.getJsonObject("figures").getBoolean("frozen"));
        coordinator.put(root + "/" + id, "{\"highlights\": \"après coup\", \"version\": " + submitted.getJsonNumber("version") + "}").assertError(409);

        assertEquals(201, coordinator.post("/api/tenants/" + slug + "/sample/notes", "{\"author\": \"a@b.fr\", \"text\": \"x\"}").status());
        ok(coordinator.post("/api/tenants/" + slug + "/indicators/snapshots", "{\"month\": \"" + current + "\"}"));
        assertEquals(0, notes(ok(national.get(root + "/" + id)), month), "the network reads what was sent");

        coordinator.post(root + "/" + id + "/acknowledge", "{\"version\": " + submitted.getJsonNumber("version") + "}").assertError(403);
        national.post(root + "/" + id + "/return", "{\"comment\": \" \", \"version\": " + submitted.getJsonNumber("version") + "}").assertError(400);
        JsonObject returned = ok(national.post(root + "/" + id + "/return",
                "{\"comment\": \"Précisez les besoins.\", \"version\": " + submitted.getJsonNumber("version") + "}"));
        assertEquals("RETURNED", returned.getString("state"));
        JsonObject seen = ok(coordinator.get(root + "/" + id));
        assertEquals("Précisez les besoins.", seen.getString("networkComment"));
        assertFalse(seen.getJsonObject("figures").getBoolean("frozen"));

        JsonObject again = ok(coordinator.post(root + "/" + id + "/submit", "{\"version\": " + seen.getJsonNumber("version") + "}"));
        JsonObject overview = ok(national.get("/api/reporting/reports"));
        assertTrue(overview.getJsonArray("reports").stream().map(JsonObject.class::cast)
                .anyMatch(r -> r.getString("id").equals(id) && r.getString("state").equals("SUBMITTED")), overview.toString());
        JsonObject acknowledged = ok(national.post(root + "/" + id + "/acknowledge", "{\"version\": " + again.getJsonNumber("version") + "}"));
        assertEquals("ACKNOWLEDGED", acknowledged.getString("state"));
        national.post(root + "/" + id + "/return", "{\"comment\": \"non\", \"version\": " + acknowledged.getJsonNumber("version") + "}").assertError(409);

        HttpResponse<byte[]> pdf = Api.at(base).as(Tokens.coordinator(slug)).download(root + "/" + id + "/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertTrue(text.contains("Rapport du") && text.contains(slug) && text.contains("Deux équipes nouvelles")
                && text.contains("Reçu par le réseau") && text.contains("Notes écrites"), text);
        assertEquals(403, Api.at(base).as(Tokens.coordinator(cooperation())).download(root + "/" + id + "/pdf").statusCode());
    }

    @Test
    void refusesWhatAReportCannotBe() {
        String slug = cooperation();
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        String root = "/api/tenants/" + slug + "/reporting/reports";
        assertEquals("period", coordinator.post(root, "{\"period\": \"2026-S3\"}").assertError(400)
                .getJsonArray("fields").getJsonObject(0).getString("field"));
        coordinator.post(root, "{\"period\": \"" + (current.getYear() + 1) + "\"}").assertError(400);
        JsonObject year = ok(coordinator.post(root, "{\"period\": \"" + current.getYear() + "\"}"));
        coordinator.post(root, "{\"period\": \"" + current.getYear() + "\"}").assertError(409);
        coordinator.put(root + "/" + year.getString("id"), "{\"highlights\": \"ok\", \"version\": " + year.getJsonNumber("version") + "}");
        coordinator.post(root + "/" + year.getString("id") + "/submit", "{\"version\": 1}").assertError(409);
        coordinator.get(root + "/inconnu").assertError(404);
        coordinator.put(root + "/" + year.getString("id"), "{\"contactEmail\": \"pas une adresse\", \"version\": 1}").assertError(400);
        coordinator.put(root + "/" + year.getString("id"), "{\"highlights\": \"" + "x".repeat(10_001) + "\", \"version\": 1}").assertError(400);
    }

    @Test
    void onlyTheCooperationsCoordinatorsAndTheNetworkSeeItsReports() {
        String slug = cooperation();
        String other = cooperation();
        String root = "/api/tenants/" + slug + "/reporting/reports";
        JsonObject report = ok(Api.at(base).as(Tokens.coordinator(slug)).post(root, "{\"period\": \"" + current.getYear() + "\"}"));

        Api stranger = Api.at(base).as(Tokens.coordinator(other));
        stranger.get(root).assertError(403);
        stranger.get(root + "/" + report.getString("id")).assertError(403);
        stranger.get("/api/tenants/" + other + "/reporting/reports/" + report.getString("id")).assertError(404);
        Api.at(base).as(Tokens.referent(slug)).get(root).assertError(403);
        stranger.get("/api/reporting/reports").assertError(403);
        Api.at(base).as(Tokens.networkAdmin()).post(root, "{\"period\": \"" + current.getYear() + "\"}").assertError(403);
    }
}
