package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.Api.Reply;
import org.maillage.testkit.Tokens;

/** The registry of cooperations and the tenant checks, over HTTP against the deployed platform. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantApiIT {

    @ArquillianResource
    URL base;

    /** The national admin: the registry is theirs, and they may write network-level settings. */
    private Api api() {
        return Api.at(base).as(Tokens.networkAdmin());
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String created(String departement) {
        String slug = unique("coop");
        Reply reply = api().post("/api/tenants", """
                {"slug": "%s", "displayName": "Coopération %s", "departements": ["%s"]}""".formatted(slug, slug, departement));
        assertEquals(201, reply.status(), reply.toString());
        return slug;
    }

    @Test
    void createsReadsListsAndUpdatesACooperation() {
        String slug = unique("morbihan");
        Reply created = api().post("/api/tenants", """
                {"slug": "%s", "displayName": "  Coopération du Morbihan ", "departements": ["56", "2a"]}""".formatted(slug));

        assertEquals(201, created.status(), created.toString());
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/tenants/" + slug));
        JsonObject body = created.object();
        assertEquals("Coopération du Morbihan", body.getString("displayName"));
        assertEquals(List.of("2A", "56"), body.getJsonArray("departements").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
        assertEquals("ACTIVE", body.getString("status"));

        assertEquals(slug, api().get("/api/tenants/" + slug).object().getString("slug"));
        assertTrue(api().get("/api/tenants").array().stream()
                .anyMatch(t -> t.asJsonObject().getString("slug").equals(slug)));

        Reply changed = api().put("/api/tenants/" + slug, """
                {"displayName": "Morbihan solidaire", "departements": ["56"]}""");
        assertEquals(200, changed.status(), changed.toString());
        assertEquals("Morbihan solidaire", api().get("/api/tenants/" + slug).object().getString("displayName"));
    }

    @Test
    void refusesJsonNestedTooDeeplyBeforeParsingIt() {
        JsonObject error = api().post("/api/tenants", "[".repeat(5000) + "]".repeat(5000)).assertError(400);
        assertTrue(error.getString("message").contains("imbriqué trop profondément"), error.toString());
        String quoted = "{\"slug\": \"" + "[".repeat(100) + "\", \"displayName\": \"x\", \"departements\": [\"56\"]}";
        assertTrue(!api().post("/api/tenants", quoted).assertError(400).getString("message").contains("imbriqué"),
                "brackets inside a string are text, not nesting");
    }

    @Test
    void refusesADuplicateSlug() {
        String slug = created("35");
        JsonObject error = api().post("/api/tenants", """
                {"slug": "%s", "displayName": "Autre", "departements": ["35"]}""".formatted(slug)).assertError(409);
        assertTrue(error.getString("message").contains(slug));
    }

    @Test
    void namesEveryInvalidField() {
        JsonObject error = api().post("/api/tenants", """
                {"slug": "Pas Bon", "displayName": "", "departements": ["56", "99", ""]}""").assertError(400);
        List<String> fields = error.getJsonArray("fields").stream().map(f -> f.asJsonObject().getString("field")).toList();
        assertEquals(List.of("displayName", "slug"), fields);

        JsonObject departement = api().post("/api/tenants", """
                {"slug": "%s", "displayName": "X", "departements": ["56", "99", ""]}""".formatted(unique("x"))).assertError(400);
        List<String> departementFields = departement.getJsonArray("fields").stream().map(f -> f.asJsonObject().getString("field")).toList();
        assertEquals(List.of("departements[1]", "departements[2]"), departementFields);
    }

    @Test
    void answersEveryBadRequestWithTheErrorShapeAndNever500() throws Exception {
        api().post("/api/tenants", "{\"slug\": ").assertError(400);
        api().post("/api/tenants", "[1, 2]").assertError(400);
        api().post("/api/tenants", "{\"slug\": 12, \"departements\": \"56\"}").assertError(400);
        api().send("POST", "/api/tenants", "application/json", "").assertError(400);
        api().send("POST", "/api/tenants", "text/plain", "morbihan").assertError(415);
        String huge = "{\"slug\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        api().post("/api/tenants", huge).assertError(413);
        assertEquals(413, chunked("/api/tenants", huge), "a body without a declared length is cut at the limit too");
        api().get("/api/nowhere").assertError(404);
        api().delete("/api/tenants").assertError(405);
        api().get("/api/tenants?status=DORMANT").assertError(400);
        api().get("/api/tenants/inconnue").assertError(404);
        api().put("/api/tenants/inconnue", "{\"displayName\": \"X\", \"departements\": [\"56\"]}").assertError(404);
    }

    /** Sends the body without a Content-Length (chunked) and answers the status. */
    private int chunked(String path, String body) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Tokens.networkAdmin())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void suspendedIsReadOnlyArchivedIsGone() {
        String slug = created("29");
        String setting = "/api/tenants/" + slug + "/settings/maillage.tenant.page-size";

        assertEquals("SUSPENDED", api().post("/api/tenants/" + slug + "/suspend", null).object().getString("status"));
        assertEquals(200, api().get(setting).status());
        api().put(setting, "{\"value\": \"20\"}").assertError(403);
        api().post("/api/tenants/" + slug + "/suspend", null).assertError(409);
        assertEquals(1, api().get("/api/tenants?status=suspended").array().stream()
                .filter(t -> t.asJsonObject().getString("slug").equals(slug)).count());

        assertEquals("ACTIVE", api().post("/api/tenants/" + slug + "/reactivate", null).object().getString("status"));
        assertEquals(200, api().put(setting, "{\"value\": \"20\"}").status());

        assertEquals("ARCHIVED", api().post("/api/tenants/" + slug + "/archive", null).object().getString("status"));
        api().get(setting).assertError(410);
        api().post("/api/tenants/" + slug + "/reactivate", null).assertError(409);
        api().put("/api/tenants/" + slug, "{\"displayName\": \"X\", \"departements\": [\"29\"]}").assertError(410);
    }

    /** Every member of a cooperation reads the others' names (shared experience names them); not the registry. */
    @Test
    void membersReadTheNetworksCooperationsByNameWithoutTheArchivedOnes() {
        String named = created("22");
        String archived = created("35");
        api().post("/api/tenants/" + archived + "/archive", null);
        Api referent = Api.at(base).as(Tokens.referent(created("56")));

        Map<String, JsonObject> read = referent.get("/api/cooperations").array().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(c -> c.getString("slug"), c -> c));
        assertEquals("Coopération " + named, read.get(named).getString("displayName"));
        assertEquals(List.of("22"), read.get(named).getJsonArray("departements").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
        assertFalse(read.get(named).containsKey("contactEmail"), "the registry's details stay with network admins: " + read.get(named));
        assertFalse(read.containsKey(archived), "an archived cooperation is gone");
        referent.get("/api/tenants").assertError(403);
    }

    @Test
    void unknownTenantIs404OnTenantScopedPaths() {
        api().get("/api/tenants/" + unique("absente") + "/settings").assertError(404);
    }

    @Test
    void settingsAreOverriddenPerCooperationOnly() {
        String a = created("56");
        String b = created("35");
        String key = "/settings/maillage.tenant.time-zone";

        Reply overridden = api().put("/api/tenants/" + a + key, "{\"value\": \"America/Guadeloupe\"}");
        assertEquals(200, overridden.status(), overridden.toString());
        assertEquals("TENANT", overridden.object().getString("source"));

        assertEquals("America/Guadeloupe", api().get("/api/tenants/" + a + key).object().getString("value"));
        JsonObject other = api().get("/api/tenants/" + b + key).object();
        assertEquals("Europe/Paris", other.getString("value"));
        assertEquals("PLATFORM", other.getString("source"));

        assertEquals("Europe/Paris", api().delete("/api/tenants/" + a + key).object().getString("value"));
        assertEquals("PLATFORM", api().get("/api/tenants/" + a + key).object().getString("source"));
    }

    @Test
    void settingsAreCheckedAgainstTheirDeclaration() {
        String slug = created("56");
        String settings = "/api/tenants/" + slug + "/settings/";
        JsonObject range = api().put(settings + "maillage.tenant.page-size", "{\"value\": \"5\"}").assertError(400);
        assertEquals("value", range.getJsonArray("fields").getJsonObject(0).getString("field"));
        api().put(settings + "maillage.tenant.page-size", "{\"value\": \"beaucoup\"}").assertError(400);
        api().put(settings + "maillage.tenant.time-zone", "{\"value\": \"Mars/Olympus\"}").assertError(400);
        api().put(settings + "maillage.tenant.page-size", "{}").assertError(400);
        api().put(settings + "maillage.http.max-body-bytes", "{\"value\": \"2048\"}").assertError(403);
        api().put(settings + "inconnu.parametre", "{\"value\": \"1\"}").assertError(404);

        JsonObject listed = api().get("/api/tenants/" + slug + "/settings").array().stream()
                .map(JsonValue::asJsonObject)
                .filter(s -> s.getString("key").equals("maillage.tenant.page-size"))
                .findFirst().orElseThrow();
        assertEquals("50", listed.getString("value"));
    }

    @Test
    void reportsReadyAndDescribesTheApi() {
        JsonObject ready = api().get("/health/ready").object();
        assertEquals("UP", ready.getString("status"));
        assertTrue(ready.getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(c -> c.getString("name").equals("maillage-database") && c.getString("status").equals("UP")), ready.toString());

        Api.Reply metrics = api().getAny("/metrics");
        assertEquals(200, metrics.status(), "metrics are published");
        assertTrue(metrics.body().contains("connection_pool"), "with the connection pool's");
        JsonObject paths = api().get("/openapi").object().getJsonObject("paths");
        assertTrue(paths.containsKey("/api/tenants"), paths.toString());
        assertTrue(paths.containsKey("/api/tenants/{slug}/suspend"), paths.toString());
        assertTrue(paths.containsKey("/api/tenants/{tenant}/settings/{key}"), paths.toString());
    }
}
