package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A demo account's role in a cooperation, given and taken back in the run's Keycloak (its group {@code /cooperations/<slug>/<role>}). */
final class KeycloakMemberships {

    private KeycloakMemberships() {
    }

    /** Puts the user in the cooperation's role group; returns the membership's Admin REST path, for {@link #leave}. */
    static String join(String user, String slug, String role) throws Exception {
        String membership = membershipOf(user, slug, role);
        admin("PUT", membership);
        return membership;
    }

    static void leave(String membership) throws Exception {
        admin("DELETE", membership);
    }

    /** The Admin REST path of a user's membership of a cooperation's role group, read with the platform's service account. */
    private static String membershipOf(String user, String slug, String role) throws Exception {
        String admin = KeycloakEndToEndIT.KEYCLOAK + "/admin/realms/maillage";
        String service = KeycloakEndToEndIT.serviceToken();
        String userId = KeycloakEndToEndIT.json(KeycloakEndToEndIT.get(admin + "/users?username=" + user + "&exact=true", service))
                .asJsonArray().getJsonObject(0).getString("id");
        String group = KeycloakEndToEndIT.json(KeycloakEndToEndIT.get(admin + "/group-by-path/cooperations/" + slug + "/" + role, service))
                .asJsonObject().getString("id");
        return admin + "/users/" + userId + "/groups/" + group;
    }

    private static void admin(String method, String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + KeycloakEndToEndIT.serviceToken()).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, response.statusCode(), method + " " + url + " " + response.body());
    }
}
