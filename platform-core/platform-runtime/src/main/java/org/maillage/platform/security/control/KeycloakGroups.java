package org.maillage.platform.security.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The cooperations' membership containers in Keycloak: one group {@code /cooperations/<slug>} per
 * cooperation, with its status and name as attributes, and under it one sub-group per role held in a
 * cooperation ({@link Memberships#ROLES}: {@code /cooperations/<slug>/coordinator},
 * {@code /cooperations/<slug>/team-referent}); a person is a member of a cooperation by being in one of
 * those. Kept through Keycloak's Admin REST API by the confidential client {@code maillage-platform}
 * (service account with {@code manage-users}). Saving a cooperation creates the sub-groups it lacks, so a
 * group made before roles were held per cooperation gets them at its next change. Any failure to reach
 * Keycloak is an {@link IdentityUnavailable}: the caller rolls back.
 */
@ApplicationScoped
public class KeycloakGroups {

    private static final String PARENT = Memberships.PARENT;
    private static final Logger LOG = Logger.getLogger(KeycloakGroups.class.getName());

    /** Read at each use, so that a change of the configuration applies without a restart. */
    @Inject
    Config config;

    private final Client client = ClientBuilder.newBuilder()
            .connectTimeout(5, TimeUnit.SECONDS)
            .readTimeout(15, TimeUnit.SECONDS)
            .build();

    /** Thrown when Keycloak cannot be reached or refuses: the change must not happen. */
    public static class IdentityUnavailable extends RuntimeException {
        IdentityUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public boolean enabled() {
        return config.getOptionalValue("maillage.keycloak.provisioning", Boolean.class).orElse(true);
    }

    /** Keycloak answered 409: what was to be created exists, made meanwhile by another platform instance on the realm. */
    private static class Conflict extends IdentityUnavailable {
        Conflict(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Creates, or updates if it exists, the group of a cooperation, and creates the role sub-groups it lacks.
     * Instances that save the same cooperation at once (a cluster provisioning its descriptors at start) all
     * succeed: the one whose creation Keycloak refuses as a conflict saves again, finding what the other made.
     *
     * @return whether the group was created (it did not exist)
     */
    public boolean save(String slug, String displayName, String status) {
        if (!enabled()) {
            return false;
        }
        try {
            return call(() -> saveOnce(slug, displayName, status));
        } catch (Conflict meanwhile) {
            LOG.info(() -> "The group of " + slug + " was being created elsewhere: saved again");
            return call(() -> saveOnce(slug, displayName, status));
        }
    }

    private boolean saveOnce(String slug, String displayName, String status) {
        WebTarget admin = admin();
        String parent = parentId(admin);
        JsonObject group = Json.createObjectBuilder()
                .add("name", slug)
                .add("attributes", Json.createObjectBuilder()
                        .add("maillage-status", Json.createArrayBuilder().add(status))
                        .add("maillage-display-name", Json.createArrayBuilder().add(displayName)))
                .build();
        Optional<String> existing = childId(admin, parent, slug);
        String id;
        if (existing.isPresent()) {
            id = existing.get();
            expect(admin.path("groups").path(id).request().put(Entity.json(group.toString())), "enregistrer le groupe " + slug);
        } else {
            id = createChild(admin, parent, group, slug);
        }
        try {
            Set<String> present = existing.isPresent() ? childNames(admin, id) : Set.of();
            for (String role : Memberships.ROLES) {
                if (!present.contains(role)) {
                    createChild(admin, id, Json.createObjectBuilder().add("name", role).build(), slug + "/" + role);
                }
            }
        } catch (RuntimeException e) {
            if (existing.isEmpty() && !(e instanceof Conflict)) {
                // not half-created: the caller rolls back, and would not know to delete it
                admin.path("groups").path(id).request().delete().close();
            }
            throw e;
        }
        return existing.isEmpty();
    }

    /** Deletes the group of a cooperation, if there is one. */
    public void delete(String slug) {
        if (!enabled()) {
            return;
        }
        call(() -> {
            WebTarget admin = admin();
            Optional<String> existing = childId(admin, parentId(admin), slug);
            if (existing.isPresent()) {
                expect(admin.path("groups").path(existing.get()).request().delete(), "supprimer le groupe " + slug);
            }
            return null;
        });
    }

    private String url() {
        return config.getValue("maillage.keycloak.url", String.class);
    }

    private WebTarget admin() {
        String url = url();
        String realm = config.getOptionalValue("maillage.keycloak.realm", String.class).orElse("maillage");
        Form form = new Form().param("grant_type", "client_credentials")
                .param("client_id", config.getOptionalValue("maillage.keycloak.client-id", String.class).orElse("maillage-platform"))
                .param("client_secret", config.getOptionalValue("maillage.keycloak.client-secret", String.class).orElse(""));
        Response response = client.target(url).path("realms").path(realm).path("protocol/openid-connect/token")
                .request(MediaType.APPLICATION_JSON).post(Entity.form(form));
        String token = json(expect(response, "obtenir un jeton du compte de service")).asJsonObject().getString("access_token");
        WebTarget base = client.target(url).path("admin/realms").path(realm);
        return new AuthorizedTarget(base, token).target();
    }

    private String parentId(WebTarget admin) {
        JsonArray found = json(expect(admin.path("groups").queryParam("search", PARENT).queryParam("exact", true)
                .request().get(), "lire le groupe " + PARENT)).asJsonArray();
        return found.stream().map(JsonValue::asJsonObject).filter(g -> g.getString("name").equals(PARENT))
                .map(g -> g.getString("id")).findFirst()
                .orElseGet(() -> createdId(expect(admin.path("groups").request().post(Entity.json("{\"name\": \"" + PARENT + "\"}")),
                        "créer le groupe " + PARENT)));
    }

    /** @return the id of the new sub-group */
    private static String createChild(WebTarget admin, String parent, JsonObject group, String what) {
        return createdId(expect(admin.path("groups").path(parent).path("children").request().post(Entity.json(group.toString())),
                "créer le groupe " + what));
    }

    private static String createdId(Response created) {
        String location = created.getLocation().getPath();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static Set<String> childNames(WebTarget admin, String parent) {
        JsonArray children = json(expect(admin.path("groups").path(parent).path("children").queryParam("max", 100)
                .request().get(), "lire les groupes des rôles")).asJsonArray();
        return children.stream().map(g -> g.asJsonObject().getString("name")).collect(Collectors.toSet());
    }

    private Optional<String> childId(WebTarget admin, String parent, String slug) {
        JsonArray children = json(expect(admin.path("groups").path(parent).path("children")
                .queryParam("search", slug).queryParam("exact", true).queryParam("max", 1000)
                .request().get(), "lire les groupes des coopérations")).asJsonArray();
        return children.stream().map(JsonValue::asJsonObject).filter(g -> g.getString("name").equals(slug))
                .map(g -> g.getString("id")).findFirst();
    }

    private static Response expect(Response response, String what) {
        if (response.getStatus() >= 300) {
            String body = response.readEntity(String.class);
            String message = "Keycloak a refusé de " + what + " (" + response.getStatus() + ")";
            throw response.getStatus() == 409 ? new Conflict(message, new IllegalStateException(body))
                    : new IdentityUnavailable(message, new IllegalStateException(body));
        }
        return response;
    }

    private static JsonValue json(Response response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.readEntity(String.class)))) {
            return reader.readValue();
        }
    }

    private <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (ProcessingException e) {
            String url = url();
            LOG.warning(() -> "Keycloak at " + url + " unreachable: " + e.getMessage());
            throw new IdentityUnavailable("Keycloak ne répond pas à " + url, e);
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** A target that sends the service account's token with every request. */
    private record AuthorizedTarget(WebTarget base, String token) {
        WebTarget target() {
            return base.register((ClientRequestFilter) request ->
                    request.getHeaders().putSingle("Authorization", "Bearer " + token));
        }
    }
}
