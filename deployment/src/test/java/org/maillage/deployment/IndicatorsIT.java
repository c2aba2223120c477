package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import java.net.URL;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.Api.Reply;
import org.maillage.testkit.Tokens;

/**
 * The platform's monthly indicator snapshots, read from the plugins' {@code IndicatorSource}s: values
 * checked against what the test wrote, the current month rewritten, an ended month closed and corrected
 * only by a new revision, and the national read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IndicatorsIT {

    private static final String ACTIVE_TEAMS = "teams.by-status.project";

    @ArquillianResource
    URL base;

    private final YearMonth current = YearMonth.now(ZoneOffset.UTC);

    private String cooperation() {
        return Api.at(base).as(Tokens.networkAdmin()).newCooperation("indic", "56", "onboarding", "teams", "sample");
    }

    private static JsonObject snapshot(Api api, String slug, YearMonth month) {
        Reply reply = api.post("/api/tenants/" + slug + "/indicators/snapshots", "{\"month\": \"" + month + "\"}");
        assertEquals(200, reply.status(), reply.toString());
        return reply.object();
    }

    private static Optional<JsonObject> month(JsonObject table, YearMonth month) {
        return table.getJsonArray("months").stream().map(JsonObject.class::cast)
                .filter(m -> m.getString("month").equals(month.toString())).findFirst();
    }

    private static void note(Api api, String slug, int i) {
        assertEquals(201, api.post("/api/tenants/" + slug + "/sample/notes",
                "{\"author\": \"auteur" + i + "@exemple.fr\", \"text\": \"note " + i + "\"}").status());
    }

    @Test
    void theCurrentMonthHoldsWhatThePluginsCountAndIsRewrittenAtEachSnapshot() {
        String slug = cooperation();
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        note(coordinator, slug, 1);
        note(coordinator, slug, 2);

        JsonObject taken = snapshot(coordinator, slug, current);
        assertFalse(taken.getBoolean("closed"));
        assertTrue(taken.getJsonArray("failures").isEmpty(), taken.toString());

        JsonObject table = coordinator.get("/api/tenants/" + slug + "/indicators").object();
        JsonObject month = month(table, current).orElseThrow(() -> new AssertionError(table.toString()));
        assertEquals(2, month.getJsonObject("values").getJsonNumber("sample.notes").intValue());
        assertFalse(month.getBoolean("closed"));
        assertTrue(table.getJsonArray("indicators").stream()
                .anyMatch(i -> i.asJsonObject().getString("key").equals("sample.notes")
                        && i.asJsonObject().getString("plugin").equals("sample")));

        note(coordinator, slug, 3);
        snapshot(coordinator, slug, current);
        JsonObject again = month(coordinator.get("/api/tenants/" + slug + "/indicators").object(), current).orElseThrow();
        assertEquals(3, again.getJsonObject("values").getJsonNumber("sample.notes").intValue());
        assertTrue(again.getJsonObject("revisions").isEmpty(), "an open month is rewritten, not revised: " + again);
    }

    @Test
    void anEndedMonthIsClosedAndALateCorrectionMakesANewRevision() {
        String slug = cooperation();
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        YearMonth previous = current.minusMonths(1);

        JsonObject closing = snapshot(coordinator, slug, previous);
        assertTrue(closing.getBoolean("closed"));
        assertEquals(0, closing.getInt("corrected"));
        JsonObject closed = month(coordinator.get("/api/tenants/" + slug + "/indicators").object(), previous).orElseThrow();
        assertTrue(closed.getBoolean("closed"));
        assertEquals(0, closed.getJsonObject("values").getJsonNumber(ACTIVE_TEAMS).intValue());

        assertEquals(0, snapshot(coordinator, slug, previous).getInt("corrected"), "nothing changed: nothing corrected");

        assertEquals(201, coordinator.post("/api/tenants/" + slug + "/teams", "{\"name\": \"Les Voisins\", \"carrier\": \"Asso\","
                + " \"project\": \"Visites\", \"communes\": [\"56260\"], \"referents\": []}").status());
        JsonObject correction = snapshot(coordinator, slug, previous);
        assertEquals(1, correction.getInt("corrected"), correction.toString());

        JsonObject corrected = month(coordinator.get("/api/tenants/" + slug + "/indicators?from=" + previous + "&to=" + previous).object(),
                previous).orElseThrow();
        assertEquals(1, corrected.getJsonObject("values").getJsonNumber(ACTIVE_TEAMS).intValue());
        assertEquals(2, corrected.getJsonObject("revisions").getInt(ACTIVE_TEAMS));
        assertTrue(corrected.getBoolean("closed"));
    }

    @Test
    void networkAdminsReadEveryCooperationCoordinatorsOnlyTheirs() {
        String slug = cooperation();
        String other = cooperation();
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        note(coordinator, slug, 1);
        snapshot(coordinator, slug, current);

        JsonObject network = Api.at(base).as(Tokens.networkAdmin()).get("/api/indicators").object();
        JsonObject mine = network.getJsonArray("cooperations").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("tenant").equals(slug)).findFirst().orElseThrow(() -> new AssertionError(network.toString()));
        assertEquals(1, month(mine, current).orElseThrow().getJsonObject("values").getJsonNumber("sample.notes").intValue());
        assertTrue(network.getJsonArray("cooperations").stream().anyMatch(c -> c.asJsonObject().getString("tenant").equals(other)));

        coordinator.get("/api/indicators").assertError(403);
        coordinator.get("/api/indicators/export.csv").assertError(403);
        coordinator.get("/api/tenants/" + other + "/indicators").assertError(403);
        coordinator.post("/api/tenants/" + other + "/indicators/snapshots", "{\"month\": \"" + current + "\"}").assertError(403);
        Api.at(base).as(Tokens.referent(slug)).post("/api/tenants/" + slug + "/indicators/snapshots",
                "{\"month\": \"" + current + "\"}").assertError(403);
    }

    @Test
    void networkAdminsDownloadTheNationalTableAsCsvAndXlsx() throws Exception {
        String slug = cooperation();
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        note(coordinator, slug, 1);
        note(coordinator, slug, 2);
        snapshot(coordinator, slug, current);
        String token = Tokens.networkAdmin();

        HttpResponse<byte[]> csv = Api.at(base).as(token).download("/api/indicators/export.csv");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFCoopération;Nom;Départements;Mois;"), text);
        String header = text.lines().findFirst().orElseThrow();
        int notes = java.util.Arrays.asList(header.split(";")).indexOf("Notes écrites (notes)");
        String row = text.lines().filter(l -> l.startsWith(slug + ";")).findFirst().orElseThrow(() -> new AssertionError(text));
        assertEquals(current + ";2", row.split(";")[3] + ";" + row.split(";")[notes], row);

        HttpResponse<byte[]> xlsx = Api.at(base).as(token).download("/api/indicators/export.xlsx");
        assertEquals(200, xlsx.statusCode());
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row found = null;
            for (Row r : sheet) {
                if (r.getCell(0) != null && slug.equals(r.getCell(0).getStringCellValue())) {
                    found = r;
                }
            }
            assertTrue(found != null, "the cooperation's row in the workbook");
            assertEquals(2.0, found.getCell(notes).getNumericCellValue());
        }
    }

    @Test
    void aCooperationComparesItselfWithTheNetworksMedianTakenOverFiveCooperationsOrMore() {
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        String mine = null;
        for (int i = 1; i <= 5; i++) {
            String slug = cooperation();
            Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
            for (int n = 0; n < i; n++) {
                note(coordinator, slug, n);
            }
            snapshot(coordinator, slug, current);
            mine = slug;
        }
        Api coordinator = Api.at(base).as(Tokens.coordinator(mine));
        coordinator.post("/api/indicators/medians", null).assertError(403);
        JsonObject median = null;
        java.math.BigDecimal expected = null;
        for (int attempt = 0; attempt < 3 && (median == null || expected.compareTo(median.getJsonNumber("sample.notes").bigDecimalValue()) != 0); attempt++) {
            assertEquals(200, admin.post("/api/indicators/medians", null).status());
            // what the network read says, computed here: every active cooperation with a value this month
            java.util.List<java.math.BigDecimal> values = admin.get("/api/indicators?from=" + current).object().getJsonArray("cooperations").stream()
                    .map(JsonObject.class::cast).flatMap(c -> month(c, current).stream())
                    .filter(m -> m.getJsonObject("values").containsKey("sample.notes"))
                    .map(m -> m.getJsonObject("values").getJsonNumber("sample.notes").bigDecimalValue()).sorted().toList();
            int middle = values.size() / 2;
            expected = values.size() % 2 == 1 ? values.get(middle)
                    : values.get(middle - 1).add(values.get(middle)).divide(java.math.BigDecimal.valueOf(2));
            JsonObject months = coordinator.get("/api/tenants/" + mine + "/indicators/network-median?from=" + current).array().stream()
                    .map(JsonObject.class::cast).filter(m -> m.getString("month").equals(current.toString())).findFirst().orElseThrow();
            assertTrue(months.getJsonObject("cooperations").getInt("sample.notes") >= 5, months.toString());
            assertEquals(values.size(), months.getJsonObject("cooperations").getInt("sample.notes"));
            median = months.getJsonObject("values");
        }
        assertEquals(0, expected.compareTo(median.getJsonNumber("sample.notes").bigDecimalValue()), median.toString());
    }

    @Test
    void refusesMonthsItCannotRead() {
        String slug = cooperation();
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        String root = "/api/tenants/" + slug + "/indicators";
        assertEquals("from", coordinator.get(root + "?from=2026-13").assertError(400).getJsonArray("fields").getJsonObject(0).getString("field"));
        coordinator.get(root + "?to=" + current.plusMonths(1)).assertError(400);
        coordinator.get(root + "?from=2001-01&to=2026-01").assertError(400);
        coordinator.get(root + "?from=2026-05&to=2026-04").assertError(400);
        coordinator.post(root + "/snapshots", "{\"month\": \"" + current.plusMonths(1) + "\"}").assertError(400);
        coordinator.post(root + "/snapshots", "{\"month\": \"juin\"}").assertError(400);
        coordinator.post(root + "/snapshots", "{}").assertError(400);
    }
}
