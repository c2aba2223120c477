package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.Tokens;

/**
 * Every endpoint of the deployed application, discovered from its OpenAPI document (no hand list),
 * against every kind of caller that must be refused: no token, bad tokens, wrong role, foreign
 * cooperation. Each answer is a 401 or 403 in the common error shape, never a 500.
 *
 * <p>The only endpoints that answer without a token are those the OpenAPI document itself declares
 * public: an operation whose {@code security} holds an empty requirement ({@code [{}]}: no token needed),
 * which the {@code @PermitAll} resources declare with {@code @SecurityRequirementsSet}. Those are checked
 * the other way round: they answer without a token. A {@code @PermitAll} left undeclared fails here
 * (it answers where 401 is expected), and so does a declaration without {@code @PermitAll}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    @ArquillianResource
    URL base;

    private record Endpoint(String method, String template, boolean declaredPublic) {
    }

    private static final Comparator<Endpoint> BY_PATH = Comparator.comparing(Endpoint::template).thenComparing(Endpoint::method);

    private List<Endpoint> endpoints(Api admin) {
        // the document is built before the first test (Readiness), but Payara may build it again: on a loaded machine that took over 30 s
        JsonObject document = admin.waiting(Duration.ofMinutes(3)).get("/openapi").object();
        assertTrue(document.getJsonArray("security").getJsonObject(0).containsKey("keycloak"),
                "the document says that a bearer token is needed by default: " + document.get("security"));
        JsonObject paths = document.getJsonObject("paths");
        List<Endpoint> found = new ArrayList<>();
        paths.forEach((path, operations) -> operations.asJsonObject().forEach((m, operation) ->
                found.add(new Endpoint(m.toUpperCase(Locale.ROOT), path, declaredPublic(operation.asJsonObject())))));
        return found;
    }

    /** An operation whose security requirements include the empty one needs no token (OpenAPI 3). */
    private static boolean declaredPublic(JsonObject operation) {
        return operation.containsKey("security") && operation.getJsonArray("security").stream()
                .anyMatch(requirement -> requirement.asJsonObject().isEmpty());
    }

    private String tenant(Api admin) {
        String slug = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, admin.post("/api/tenants", "{\"slug\": \"" + slug + "\", \"displayName\": \"Matrice\", \"departements\": [\"56\"]}").status());
        return slug;
    }

    @Test
    void everyEndpointRefusesWhoMustBeRefused() {
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        String mine = tenant(admin);
        String other = tenant(admin);
        Map<String, String> badTokens = new LinkedHashMap<>();
        badTokens.put("expired", Tokens.token("coord").in(mine, "coordinator").expiresIn(Duration.ofMinutes(-10)).sign());
        badTokens.put("tampered", Tokens.token("coord").in(mine, "team-referent").tampered());
        badTokens.put("wrong issuer", Tokens.token("coord").in(mine, "coordinator").issuer("https://evil.example/realms/maillage").sign());
        badTokens.put("wrong audience", Tokens.token("coord").in(mine, "coordinator").audience("another-api").sign());
        badTokens.put("alg none", Tokens.token("coord").roles("network-admin").in(mine, "coordinator").unsigned());
        badTokens.put("unknown key", Tokens.token("coord").roles("network-admin").in(mine, "coordinator").signedByStranger().sign());
        badTokens.put("garbage", "not-a-token");

        List<Endpoint> endpoints = endpoints(admin);
        List<Endpoint> scoped = endpoints.stream().filter(e -> e.template().startsWith("/api/tenants/{tenant}")).toList();
        assertTrue(scoped.size() >= 8, "tenant-scoped endpoints found: " + scoped);

        // Making an endpoint public is a decision to review: the list is spelled out here on purpose.
        List<Endpoint> declaredPublic = endpoints.stream().filter(Endpoint::declaredPublic).toList();
        assertEquals(List.of(
                new Endpoint("GET", "/api/onboarding/self-service", true),
                new Endpoint("PUT", "/api/onboarding/self-service", true),
                new Endpoint("GET", "/api/onboarding/self-service/communes", true),
                new Endpoint("POST", "/api/onboarding/self-service/erasure", true),
                new Endpoint("POST", "/api/onboarding/self-service/first-actions/{actionId}", true),
                new Endpoint("GET", "/api/onboarding/self-service/suggestions", true),
                new Endpoint("POST", "/api/onboarding/self-service/unsubscribe", true),
                new Endpoint("POST", "/api/onboarding/self-service/withdrawal", true),
                new Endpoint("GET", "/api/ping", true),
                new Endpoint("GET", "/api/ui-config", true)), declaredPublic.stream().sorted(BY_PATH).toList(), "the public endpoints");

        // every request is refused or changes nothing: the endpoints are checked a few at a time (Parallel)
        List<String> checked = Parallel.map(endpoints, endpoint -> {
            String path = endpoint.template().replace("{tenant}", mine).replace("{slug}", mine).replaceAll("\\{[^}]+}", "x");
            String body = endpoint.method().equals("GET") || endpoint.method().equals("DELETE") ? null : "{}";
            if (endpoint.declaredPublic()) {
                Api.Reply reply = Api.at(base).send(endpoint.method(), path, body == null ? null : "application/json", body);
                // answered by the endpoint itself: the self-service ones refuse a missing link with 400
                assertTrue(reply.status() == 200 || reply.status() == 400, "declared public: " + endpoint.method() + " " + path + " → " + reply);
                return endpoint.method() + " " + endpoint.template();
            }
            expect(401, Api.at(base), endpoint, path, body, "no token");
            badTokens.forEach((what, token) -> expect(401, Api.at(base).as(token), endpoint, path, body, what));
            expect(403, Api.at(base).as(Tokens.token("visitor").tenants(mine).sign()), endpoint, path, body, "no platform role");
            if (endpoint.template().startsWith("/api/tenants/{tenant}")) {
                expect(403, Api.at(base).as(Tokens.coordinator(other)), endpoint, path, body, "coordinator of another cooperation");
                expect(403, Api.at(base).as(Tokens.referent(other)), endpoint, path, body, "referent of another cooperation");
                expect(403, Api.at(base).as(Tokens.coordinator("absente-" + UUID.randomUUID().toString().substring(0, 6))),
                        endpoint, path.replace(mine, "absente"), body, "an unknown cooperation looks like a foreign one");
            } else if (nationalOnly(endpoint)) {
                expect(403, Api.at(base).as(Tokens.coordinator(mine)), endpoint, path, body, "coordinator on a national endpoint");
            }
            return endpoint.method() + " " + endpoint.template();
        });
        assertTrue(checked.contains("POST /api/tenants"), checked.toString());
    }

    /** The server remembers the tokens it verified ({@code VerifiedTokens}): one it accepted is refused from its expiry on all the same. */
    @Test
    void aTokenAcceptedBeforeIsRefusedFromItsExpiryOn() throws InterruptedException {
        String token = Tokens.token("nat").roles("network-admin").expiresIn(Duration.ofSeconds(3)).sign();
        long expiry = System.currentTimeMillis() + 3_000;
        assertEquals(200, Api.at(base).as(token).get("/api/tenants").status());
        assertEquals(200, Api.at(base).as(token).get("/api/tenants").status(), "accepted again: remembered");
        Thread.sleep(Math.max(0, expiry + 1_500 - System.currentTimeMillis()));
        Api.at(base).as(token).get("/api/tenants").assertError(401);
    }

    @Test
    void networkAdminsReadCooperationsButDoNotWriteTheirData() {
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        String slug = tenant(admin);
        assertEquals(200, admin.get("/api/tenants/" + slug + "/settings").status());
        assertEquals(200, admin.put("/api/tenants/" + slug + "/settings/maillage.tenant.page-size", "{\"value\": \"20\"}").status(),
                "settings are network-level");
        assertEquals(200, admin.post("/api/tenants/" + slug + "/plugins/sample/enable", null).status());
        admin.post("/api/tenants/" + slug + "/sample/notes", "{\"author\": \"a@b.fr\", \"text\": \"x\"}").assertError(403);
        admin.post("/api/tenants/" + slug + "/personal-data/export", "{\"email\": \"a@b.fr\"}").assertError(403);

        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        assertEquals(201, coordinator.post("/api/tenants/" + slug + "/sample/notes", "{\"author\": \"a@b.fr\", \"text\": \"x\"}").status());
        coordinator.post("/api/tenants/" + slug + "/plugins/sample/disable", null).assertError(403);
        Api referent = Api.at(base).as(Tokens.referent(slug));
        assertEquals(200, referent.get("/api/tenants/" + slug + "/sample/notes").status());
        referent.post("/api/tenants/" + slug + "/sample/notes", "{\"author\": \"a@b.fr\", \"text\": \"x\"}").assertError(403);
    }

    @Test
    void meSaysWhoTheCallerIsAndWhereTheyBelong() {
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        String slug = tenant(admin);
        JsonObject me = Api.at(base).as(Tokens.coordinator(slug, "absente")).get("/api/me").object();
        assertEquals(1, me.getJsonArray("cooperations").size(), me.toString());
        assertEquals(slug, me.getJsonArray("cooperations").getJsonObject(0).getString("slug"));
        assertTrue(admin.get("/api/me").object().getBoolean("networkAdmin"));
    }

    /**
     * The registry of cooperations, the list of plugins, every cooperation's indicators (their table, exports and
     * medians), the scheduled jobs, the national reporting (every cooperation's reports, the commission réseau's
     * meetings) and the moderation of shared experience fiches belong to network admins; /api/me and the territory to
     * anyone signed in.
     */
    private static boolean nationalOnly(Endpoint endpoint) {
        String t = endpoint.template();
        return t.equals("/api/tenants") || t.startsWith("/api/tenants/{slug}") || t.startsWith("/api/plugins")
                || t.startsWith("/api/indicators") || t.startsWith("/api/reporting/") || t.startsWith("/api/jobs")
                || t.startsWith("/api/experience/");
    }

    private static void expect(int status, Api api, Endpoint endpoint, String path, String body, String who) {
        Api.Reply reply = api.send(endpoint.method(), path, body == null ? null : "application/json", body);
        assertEquals(status, reply.status(), who + ": " + endpoint.method() + " " + path + " → " + reply);
        try {
            reply.assertError(status);
        } catch (AssertionError e) {
            throw new AssertionError(who + ": " + e.getMessage(), e);
        }
    }
}
