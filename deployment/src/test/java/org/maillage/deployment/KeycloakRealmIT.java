package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The settings of the dev realm that a stolen token would exploit, against the run's real Keycloak (the same
 * settings in the template are checked by {@code deployment/keycloak/check-realm.sh}, with its browser flow's
 * second factor for network admins): a refresh token is good for one use, the browser client cannot ask for an
 * offline token, and the token endpoint answers CORS for the platform's own origin, never for any origin.
 */
@Tag(EndToEndSuite.TAG)
@NeedsKeycloak
class KeycloakRealmIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Map<String, String> COORD56 = Map.of("grant_type", "password", "client_id", "maillage-web",
            "username", "coord56", "password", "demo");

    @BeforeAll
    static void keycloak() {
        KeycloakEndToEndIT.awaitKeycloak();
    }

    @Test
    void aRefreshTokenIsRefusedTheSecondTime() throws Exception {
        String first = json(tokenRequest(COORD56, null)).getString("refresh_token");
        Map<String, String> refresh = Map.of("grant_type", "refresh_token", "client_id", "maillage-web", "refresh_token", first);
        HttpResponse<String> once = tokenRequest(refresh, null);
        assertEquals(200, once.statusCode(), once.body());
        HttpResponse<String> twice = tokenRequest(refresh, null);
        assertEquals(400, twice.statusCode(), twice.body());
        assertEquals("invalid_grant", json(twice).getString("error"));
    }

    /**
     * Keycloak 26 with brute force protection refuses all but one of simultaneous sign-ins of one account unless
     * the server allows it ({@code keycloak_start} does): a coordinator with two tabs, or the demo loading beside
     * a test, was refused as « Invalid user credentials » with no failure ever made.
     */
    @Test
    void oneAccountSignsInSeveralTimesAtOnce() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sent.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return tokenRequest(COORD56, null);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (CompletableFuture<HttpResponse<String>> answer : sent) {
            assertEquals(200, answer.get().statusCode(), answer.get().body());
        }
    }

    @Test
    void theBrowserClientCannotAskForAnOfflineToken() throws Exception {
        Map<String, String> offline = new HashMap<>(COORD56);
        offline.put("scope", "openid offline_access");
        HttpResponse<String> refused = tokenRequest(offline, null);
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("invalid_scope", json(refused).getString("error"));
    }

    @Test
    void theTokenEndpointReflectsNoOrigin() throws Exception {
        for (String stranger : new String[] {"https://evil.example", "http://127.0.0.1:9", "null"}) {
            Optional<String> allowed = tokenRequest(COORD56, stranger).headers().firstValue("Access-Control-Allow-Origin");
            assertTrue(allowed.isEmpty(), stranger + " was allowed: " + allowed);
        }
        assertEquals(Optional.of("http://127.0.0.1:8080"),
                tokenRequest(COORD56, "http://127.0.0.1:8080").headers().firstValue("Access-Control-Allow-Origin"), "the origin of ./maillage run");
    }

    private static HttpResponse<String> tokenRequest(Map<String, String> form, String origin) throws Exception {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(KeycloakEndToEndIT.KEYCLOAK + "/realms/maillage/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return KeycloakEndToEndIT.json(response.body()).asJsonObject();
    }
}
