package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;

/**
 * End to end with the real Keycloak that {@code ./maillage test} starts (dev realm, demo accounts):
 * tokens obtained over HTTP with the password grant, used against the deployed platform; creating and
 * suspending a cooperation reaches Keycloak's groups.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(EndToEndSuite.TAG)
@NeedsKeycloak
@RunAsClient
class KeycloakEndToEndIT {

    static final String KEYCLOAK = System.getProperty("maillage.test.keycloak.url", "");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** The configuration of a platform that trusts, and keeps its groups in, the test run's real Keycloak. */
    static Map<String, String> keycloakConfig() {
        String realm = KEYCLOAK + "/realms/maillage";
        return Map.of(
                "maillage.keycloak.url", KEYCLOAK.isEmpty() ? "http://127.0.0.1:9" : KEYCLOAK,
                "mp.jwt.verify.publickey.location", realm + "/protocol/openid-connect/certs",
                "mp.jwt.verify.issuer", realm,
                "maillage.keycloak.provisioning", "true",
                "maillage.keycloak.client-secret", "maillage-platform-dev-secret");
    }

    private static void requireKeycloak() {
        awaitKeycloak();
    }

    @Test
    void demoAccountsReachTheirCooperationOnlyAndTenantsReachKeycloak(@ArquillianResource URL base) throws Exception {
        requireKeycloak();
        Api national = Api.at(base).as(password("national"));
        Api coord56 = Api.at(base).as(password("coord56"));

        // the example cooperations of tenants/, provisioned at start (EndToEndSuite)
        assertEquals("Coopération MONALISA du Morbihan", national.get("/api/tenants/morbihan").object().getString("displayName"));
        assertEquals(200, national.get("/api/tenants/ille-et-vilaine").status());

        assertEquals(200, coord56.get("/api/tenants/morbihan/settings").status());
        coord56.get("/api/tenants/ille-et-vilaine/settings").assertError(403);
        coord56.get("/api/tenants").assertError(403);
        JsonObject me = coord56.get("/api/me").object();
        assertEquals("coord56", me.getString("subject"));
        assertEquals("morbihan", me.getJsonArray("cooperations").getJsonObject(0).getString("slug"));
        Api.at(base).as(password("referent56")).put("/api/tenants/morbihan/settings/maillage.tenant.page-size", "{\"value\": \"20\"}").assertError(403);

        String slug = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, national.post("/api/tenants", "{\"slug\": \"" + slug + "\", \"displayName\": \"Coopération de bout en bout\", \"departements\": [\"29\"]}").status());
        JsonObject group = cooperationGroup(slug);
        assertEquals("ACTIVE", group.getJsonObject("attributes").getJsonArray("maillage-status").getString(0));
        String service = serviceToken();
        for (String role : new String[] {"coordinator", "team-referent"}) {
            assertEquals("/cooperations/" + slug + "/" + role, json(get(KEYCLOAK + "/admin/realms/maillage/group-by-path/cooperations/" + slug + "/" + role, service))
                    .asJsonObject().getString("path"), "the group of each role held in a cooperation");
        }
        assertEquals(200, national.post("/api/tenants/" + slug + "/suspend", null).status());
        assertEquals("SUSPENDED", cooperationGroup(slug).getJsonObject("attributes").getJsonArray("maillage-status").getString(0));

        String audit = national.get("/api/tenants/" + slug + "/audit").body();
        assertTrue(audit.contains("POST /tenants/{slug}/suspend") && audit.contains("\"subject\":\"national\""), audit);
    }

    /**
     * Requests that create the same cooperation at once (as platform instances provisioning the same descriptor at
     * start do) reach Keycloak together: one creates it, the others are told it exists (409, never a 503 from a
     * conflict in Keycloak), and Keycloak holds one group for it, with its role sub-groups.
     */
    @Test
    void aCooperationCreatedByRequestsAtOnceHasOneGroupAndTheOthersAreToldItExists(@ArquillianResource URL base) throws Exception {
        requireKeycloak();
        String token = password("national");
        String slug = "ensemble-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"slug\": \"" + slug + "\", \"displayName\": \"Coopération créée deux fois\", \"departements\": [\"29\"]}";
        List<Api.Reply> replies = Parallel.map(List.of(1, 2, 3, 4), i -> Api.at(base).as(token).post("/api/tenants", body));
        assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), "created once: " + replies);
        for (Api.Reply reply : replies) {
            if (reply.status() != 201) {
                reply.assertError(409);
            }
        }
        JsonObject group = cooperationGroup(slug);
        assertEquals("Coopération créée deux fois", group.getJsonObject("attributes").getJsonArray("maillage-display-name").getString(0));
        String service = serviceToken();
        for (String role : new String[] {"coordinator", "team-referent"}) {
            assertEquals("/cooperations/" + slug + "/" + role, json(get(KEYCLOAK + "/admin/realms/maillage/group-by-path/cooperations/" + slug + "/" + role, service))
                    .asJsonObject().getString("path"));
        }
    }

    /** An access token of a demo account (password "demo"), from Keycloak's token endpoint. */
    static String password(String user) throws Exception {
        return token(Map.of("grant_type", "password", "client_id", "maillage-web", "username", user, "password", "demo"));
    }

    static String token(Map<String, String> form) throws Exception {
        return token("maillage", form);
    }

    /** An access token from the token endpoint of a realm of the run's Keycloak. */
    static String token(String realm, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body()).asJsonObject().getString("access_token");
    }

    /** An access token of the platform's service account (client credentials). */
    static String serviceToken() throws Exception {
        return token(Map.of("grant_type", "client_credentials", "client_id", "maillage-platform",
                "client_secret", "maillage-platform-dev-secret"));
    }

    /** The group /cooperations/<slug>, read with the platform's service account. */
    private static JsonObject cooperationGroup(String slug) throws Exception {
        String service = serviceToken();
        String admin = KEYCLOAK + "/admin/realms/maillage";
        JsonArray parents = json(get(admin + "/groups?search=cooperations&exact=true", service)).asJsonArray();
        String parent = parents.getJsonObject(0).getString("id");
        JsonArray children = json(get(admin + "/groups/" + parent + "/children?search=" + slug + "&exact=true", service)).asJsonArray();
        assertEquals(1, children.size(), "the group of " + slug + " exists in Keycloak");
        return json(get(admin + "/groups/" + children.getJsonObject(0).getString("id"), service)).asJsonObject();
    }

    static String get(String url, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url + " " + response.body());
        return response.body();
    }

    static jakarta.json.JsonValue json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    /** Keycloak starts while Maven builds: wait for it (up to four minutes). */
    static void awaitKeycloak() {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/maillage/.well-known/openid-configuration"))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (Exception e) {
                // not up yet
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("Keycloak did not answer at " + KEYCLOAK + " within four minutes");
    }
}
