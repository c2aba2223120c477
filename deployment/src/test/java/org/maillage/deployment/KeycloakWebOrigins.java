package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The dev realm lets the web UI call Keycloak (CORS) from the origins of {@code ./maillage run} only; the
 * browser tests' platform listens on a random port, so its origin is added to the client {@code maillage-web}
 * of the run's Keycloak before a browser opens it, as the master realm's admin would in the console
 * ({@code admin}, password {@code MAILLAGE_KEYCLOAK_ADMIN_PASSWORD} or {@code admin}, as {@code keycloak.sh} made it).
 */
final class KeycloakWebOrigins {

    private static final Set<String> ALLOWED = new HashSet<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private KeycloakWebOrigins() {
    }

    static synchronized void allow(URL base) {
        String origin = base.getProtocol() + "://" + base.getHost() + ":" + (base.getPort() == -1 ? base.getDefaultPort() : base.getPort());
        if (ALLOWED.contains(origin)) {
            return;
        }
        try {
            String password = System.getenv().getOrDefault("MAILLAGE_KEYCLOAK_ADMIN_PASSWORD", "admin");
            String token = KeycloakEndToEndIT.token("master",
                    Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", password));
            String clients = KeycloakEndToEndIT.KEYCLOAK + "/admin/realms/maillage/clients";
            JsonObject client = KeycloakEndToEndIT.json(KeycloakEndToEndIT.get(clients + "?clientId=maillage-web", token))
                    .asJsonArray().getJsonObject(0);
            JsonArrayBuilder origins = Json.createArrayBuilder(client.getJsonArray("webOrigins")).add(origin);
            HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(clients + "/" + client.getString("id")))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder(client).add("webOrigins", origins).build().toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(204, put.statusCode(), "adding " + origin + " to the web origins of maillage-web: " + put.body());
            ALLOWED.add(origin);
        } catch (Exception e) {
            throw new AssertionError("Could not add " + base + " to the web origins of maillage-web", e);
        }
    }
}
