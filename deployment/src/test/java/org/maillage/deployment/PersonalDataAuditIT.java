package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.LiveConfig;
import org.maillage.testkit.PlatformDeployment;
import org.maillage.testkit.TestDatabase;
import org.maillage.testkit.Tokens;

/**
 * The audit keeps facts, not people: a personal-data export and erasure (the address in a POST body)
 * leave rows with who, when, what and the person's keyed hash, and no trace of the address, in
 * {@code /audit} (as the coordinator and as a network admin) and in the table itself; every variant of
 * a personal-data read is audited (the import problems as CSV through {@code Accept}); refusals of a
 * cooperation's endpoints are audited, each the same refusal once a minute.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataAuditIT {

    @ArquillianResource
    URL base;

    private static String hash(String address) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(PlatformDeployment.AUDIT_HASH_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(address.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonArray audit(Api who, String slug) {
        return who.get("/api/tenants/" + slug + "/audit?max=1000").array();
    }

    private static List<JsonObject> entries(JsonArray audit, String action) {
        return audit.stream().map(JsonValue::asJsonObject).filter(e -> e.getString("action").equals(action)).toList();
    }

    @AfterEach
    void defaultBudget() {
        LiveConfig.clear(base, "maillage.audit.refusals-per-minute");
    }

    @Test
    void anErasedPersonLeavesTheFactInTheAuditButNotTheirAddress() throws Exception {
        String address = OnboardingFixture.unique("anne.trace");
        String slug = OnboardingFixture.cooperationWith(base, "Anne,Trace," + address + ",56000");
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        String body = "{\"email\": \"" + address + "\"}";

        JsonObject exported = coordinator.post("/api/tenants/" + slug + "/personal-data/export", body).object();
        assertTrue(exported.getJsonObject("plugins").containsKey("onboarding"), exported.toString());
        JsonObject erased = coordinator.post("/api/tenants/" + slug + "/personal-data/erasure", body).object();
        assertTrue(erased.getJsonObject("erased").getInt("onboarding") > 0, erased.toString());
        assertTrue(coordinator.get("/api/tenants/" + slug + "/personal-data?email=" + address).status() >= 400,
                "the address is no longer taken from the query string");

        String encoded = URLEncoder.encode(address, StandardCharsets.UTF_8);
        for (Api reader : List.of(coordinator, Api.at(base).as(Tokens.networkAdmin()))) {
            JsonArray audit = audit(reader, slug);
            String text = audit.toString().toLowerCase(Locale.ROOT);
            assertFalse(text.contains(address.toLowerCase(Locale.ROOT)) || text.contains(encoded.toLowerCase(Locale.ROOT))
                    || text.contains(address.substring(0, address.indexOf('@')).toLowerCase(Locale.ROOT)), "no trace of the address: " + audit);
            for (String action : List.of("POST /tenants/{tenant}/personal-data/export", "POST /tenants/{tenant}/personal-data/erasure")) {
                List<JsonObject> found = entries(audit, action);
                assertEquals(1, found.size(), action + " in " + audit);
                JsonObject fact = found.get(0);
                assertEquals("coord-" + slug, fact.getString("subject"));
                assertEquals(200, fact.getInt("status"));
                assertEquals(hash(address), fact.getString("personHash"), "the person, by keyed hash");
                assertTrue(fact.containsKey("occurredAt"));
            }
        }
        assertEquals(List.of(), rowsMentioning(address.substring(0, address.indexOf('@'))), "the audit table holds no trace of the address");
        assertEquals(2, rowsWithHash(slug, hash(address)), "but the two facts, under the hash");
    }

    /** Every column of every audit row, as text, read in the test database itself. */
    private List<String> rowsMentioning(String text) throws Exception {
        try (Connection connection = TestDatabase.get().connect();
             PreparedStatement query = connection.prepareStatement("select a::text from platform_audit a where lower(a::text) like ?")) {
            query.setString(1, "%" + text.toLowerCase(Locale.ROOT) + "%");
            try (ResultSet rows = query.executeQuery()) {
                List<String> found = new java.util.ArrayList<>();
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
                return found;
            }
        }
    }

    private int rowsWithHash(String slug, String hash) throws Exception {
        try (Connection connection = TestDatabase.get().connect();
             PreparedStatement query = connection.prepareStatement("select count(*) from platform_audit where tenant_slug = ? and person_hash = ?")) {
            query.setString(1, slug);
            query.setString(2, hash);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    @Test
    void theImportProblemsAreAuditedInEveryMediaType() {
        String slug = OnboardingFixture.cooperationWith(base, "Bruno,Csv," + OnboardingFixture.unique("bruno.csv") + ",56000");
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        String job = coordinator.get(OnboardingFixture.root(slug) + "/imports").array().getJsonObject(0).getString("id");

        Api.Reply csv = coordinator.withHeader("Accept", "text/csv").get(OnboardingFixture.root(slug) + "/imports/" + job + "/errors");
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.header("Content-Type").orElseThrow().startsWith("text/csv"), csv.header("Content-Type").toString());

        List<JsonObject> read = entries(audit(coordinator, slug), "GET /tenants/{tenant}/onboarding/imports/{id}/errors");
        assertEquals(1, read.size(), "the CSV through Accept: text/csv is audited");
        assertEquals("coord-" + slug, read.get(0).getString("subject"));
        assertEquals("/api/tenants/" + slug + "/onboarding/imports/" + job + "/errors", "/api" + read.get(0).getString("target"));
    }

    @Test
    void refusalsAreAuditedOnceAMinuteEach() {
        LiveConfig.set(base, "maillage.audit.refusals-per-minute", "100000");
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        String mine = admin.newCooperation("refus", "56");
        String other = admin.newCooperation("refus", "56");
        Api stranger = Api.at(base).as(Tokens.coordinator(other));
        for (int i = 0; i < 30; i++) {
            stranger.get("/api/tenants/" + mine + "/settings").assertError(403);
        }
        Api.at(base).get("/api/tenants/" + mine + "/settings").assertError(401);
        Api.at(base).as(Tokens.token("mallory").in(mine, "coordinator").tampered()).get("/api/tenants/" + mine + "/plugins").assertError(401);
        Api.at(base).as(Tokens.referent(mine)).put("/api/tenants/" + mine + "/settings/maillage.tenant.page-size", "{\"value\": \"20\"}").assertError(403);

        JsonArray audit = audit(Api.at(base).as(Tokens.coordinator(mine)), mine);
        List<JsonObject> refused = entries(audit, "GET /tenants/{tenant}/settings").stream().filter(e -> e.getInt("status") == 403).toList();
        assertEquals(1, refused.size(), "thirty identical refusals in a minute make one row: " + audit);
        assertEquals("coord-" + other, refused.get(0).getString("subject"), "who was refused");
        assertEquals("/tenants/" + mine + "/settings", refused.get(0).getString("target"), "on what");
        assertTrue(entries(audit, "GET /tenants/{tenant}/settings").stream()
                .anyMatch(e -> e.getInt("status") == 401 && e.getString("subject").equals("anonyme")), "a call without a token: " + audit);
        assertTrue(audit.stream().map(JsonValue::asJsonObject).anyMatch(e -> e.getString("action").startsWith("GET /tenants/{tenant}/plugins")
                && e.getInt("status") == 401 && e.getString("subject").equals("anonyme")), "a forged token: " + audit);
        assertTrue(entries(audit, "PUT /tenants/{tenant}/settings/{key}").stream()
                .anyMatch(e -> e.getInt("status") == 403 && e.getString("subject").equals("referent-" + mine)), "a role that may not: " + audit);
    }
}
