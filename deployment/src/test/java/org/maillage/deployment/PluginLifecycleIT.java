package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.Tokens;

/**
 * The plugin lifecycle on a deployed platform, with the sample plugin and small fixture plugins that
 * fail in every way a plugin can: the platform stays healthy and reports each case.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PluginLifecycleIT {

    @ArquillianResource
    URL base;

    private Api api() {
        return Api.at(base).as(Tokens.networkAdmin());
    }

    private Api coordinator(String tenant) {
        return Api.at(base).as(Tokens.coordinator(tenant));
    }

    private String tenant() {
        return api().newCooperation("plug", "56");
    }

    private void enable(String tenant, String plugin) {
        var reply = api().post("/api/tenants/" + tenant + "/plugins/" + plugin + "/enable", null);
        assertEquals(200, reply.status(), reply.toString());
    }

    @Test
    void reportsEveryPluginWithItsStateAndReasonAndStaysHealthy() {
        Map<String, JsonObject> plugins = api().get("/api/plugins").array().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(p -> p.getString("id"), p -> p));

        assertEquals("STARTED", plugins.get("sample").getString("state"));
        assertEquals("STARTED", plugins.get("later").getString("state"));
        assertFailed(plugins, "broken", "échec au démarrage : la configuration du module est incomplète");
        assertFailed(plugins, "orphan", "dépend du plugin absent « absent »");
        assertFailed(plugins, "too-old", "demande la plateforme [9.0,10.0)");
        assertFailed(plugins, "cycle-a", "cycle de dépendances : cycle-a → cycle-b → cycle-a");
        assertFailed(plugins, "cycle-b", "cycle de dépendances : cycle-b → cycle-a → cycle-b");
        assertFailed(plugins, "needs-later", "demande « later » [2.0,3.0), version présente 1.2.0");
        assertFailed(plugins, "sneaky", "contribue au point d’extension NoteDecorator du plugin « sample » sans déclarer de dépendance envers lui");
        assertEquals("DISABLED", plugins.get("switched-off").getString("state"));

        JsonObject ready = api().get("/health/ready").object();
        assertEquals("UP", ready.getString("status"), ready.toString());
    }

    private static void assertFailed(Map<String, JsonObject> plugins, String id, String reason) {
        JsonObject plugin = plugins.get(id);
        assertEquals("FAILED", plugin.getString("state"), plugin.toString());
        assertTrue(plugin.getString("reason").startsWith(reason), plugin.getString("reason"));
    }

    @Test
    void enablingNeedsTheDependenciesAndAFailedPluginCannotBeEnabled() {
        String tenant = tenant();
        JsonObject refused = api().post("/api/tenants/" + tenant + "/plugins/later/enable", null).assertError(409);
        assertTrue(refused.getString("message").contains("sample"), refused.toString());
        api().post("/api/tenants/" + tenant + "/plugins/broken/enable", null).assertError(409);
        api().post("/api/tenants/" + tenant + "/plugins/nowhere/enable", null).assertError(404);

        enable(tenant, "sample");
        enable(tenant, "later");
        api().post("/api/tenants/" + tenant + "/plugins/sample/disable", null).assertError(409);

        Map<String, Boolean> enabled = api().get("/api/tenants/" + tenant + "/plugins").array().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(p -> p.getString("id"), p -> p.getBoolean("enabled")));
        assertTrue(enabled.get("sample") && enabled.get("later") && !enabled.get("orphan"), enabled.toString());

        assertEquals(200, api().post("/api/tenants/" + tenant + "/plugins/later/disable", null).status());
        assertEquals(200, api().post("/api/tenants/" + tenant + "/plugins/sample/disable", null).status());
        coordinator(tenant).get("/api/tenants/" + tenant + "/sample/notes").assertError(404);
    }

    @Test
    void aDisabledPluginsEndpointsAnswer404() {
        String tenant = tenant();
        coordinator(tenant).get("/api/tenants/" + tenant + "/sample/notes").assertError(404);
        coordinator(tenant).post("/api/tenants/" + tenant + "/sample/notes", "{\"author\": \"a@b.fr\", \"text\": \"x\"}").assertError(404);
        enable(tenant, "sample");
        assertEquals(200, coordinator(tenant).get("/api/tenants/" + tenant + "/sample/notes").status());
        api().get("/api/tenants/" + tenant + "/later/seen").assertError(404);
    }

    @Test
    void contributionsAndEventsReachOnlyTheCooperationsThatEnabledThePlugin() {
        String both = tenant();
        enable(both, "sample");
        enable(both, "later");
        String sampleOnly = tenant();
        enable(sampleOnly, "sample");

        String extended = coordinator(both).post("/api/tenants/" + both + "/sample/notes",
                "{\"author\": \"anne@exemple.fr\", \"text\": \"visite chez Mme L.\"}").object().getString("text");
        assertEquals("VISITE CHEZ MME L. —", extended, "later's contribution runs before the sample's signature");

        String plain = coordinator(sampleOnly).post("/api/tenants/" + sampleOnly + "/sample/notes",
                "{\"author\": \"anne@exemple.fr\", \"text\": \"visite chez Mme L.\"}").object().getString("text");
        assertEquals("visite chez Mme L. —", plain, "no contribution from a plugin the cooperation has not enabled");

        var seenTenants = api().get("/api/tenants/" + both + "/later/seen").array().stream()
                .map(e -> e.asJsonObject().getString("tenant")).collect(Collectors.toSet());
        assertTrue(seenTenants.contains(both), seenTenants.toString());
        assertTrue(!seenTenants.contains(sampleOnly), "later must not receive events of a cooperation that has not enabled it");

        enable(both, "watcher");
        var watched = api().get("/api/tenants/" + both + "/watcher/seen").array().stream()
                .map(e -> ((jakarta.json.JsonString) e).getString()).collect(Collectors.toSet());
        assertTrue(watched.containsAll(java.util.Set.of(both, sampleOnly)), "a network-scope plugin observes every cooperation: " + watched);
    }

    @Test
    void pluginSettingsAreCheckedAgainstTheirDeclaration() {
        String tenant = tenant();
        JsonObject error = api().put("/api/tenants/" + tenant + "/settings/sample.max-length", "{\"value\": \"3\"}").assertError(400);
        assertEquals("value", error.getJsonArray("fields").getJsonObject(0).getString("field"));
        api().put("/api/tenants/" + tenant + "/settings/sample.max-length", "{\"value\": \"beaucoup\"}").assertError(400);
        assertEquals(200, api().put("/api/tenants/" + tenant + "/settings/sample.max-length", "{\"value\": \"20\"}").status());

        enable(tenant, "sample");
        JsonObject tooLong = coordinator(tenant).post("/api/tenants/" + tenant + "/sample/notes",
                "{\"author\": \"anne@exemple.fr\", \"text\": \"" + "x".repeat(21) + "\"}").assertError(400);
        assertEquals("text", tooLong.getJsonArray("fields").getJsonObject(0).getString("field"));
    }
}
