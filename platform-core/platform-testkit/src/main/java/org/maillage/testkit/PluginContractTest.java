package org.maillage.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.api.settings.Setting;
import org.maillage.testkit.web.PluginBrowser;

/**
 * The contract every plugin passes, run inside a deployed platform that holds the plugin.
 *
 * <p>A plugin's test extends this class, is annotated {@code @ExtendWith(ArquillianExtension.class)}, and says
 * which plugin it checks and how to store some personal data of a person in it; without a {@code @Deployment} it
 * joins the shared platform of the test run ({@link SharedDeployment}). Besides what the platform requires of every
 * plugin (a valid descriptor, repeatable migrations, prefixed tables, endpoints closed to strangers, personal data
 * exported and erased, tables walled per cooperation), it checks that the plugin honours what it declares: its
 * indicators are computed without failure, every setting is readable and refuses a bad value with 400, every page opens in the
 * machine's Chromium without a console error (skipped without Chromium).
 */
public abstract class PluginContractTest {

    /** The runtime's side, inside the deployment; the client side of this class never touches the runtime. */
    @Inject
    ContractProbe platform;

    @Inject
    InTenant inTenant;

    @ArquillianResource
    URL base;

    /** @return the id of the plugin under test */
    protected abstract String pluginId();

    /**
     * Stores, through the plugin's own code, data about the person — at least one value that is the
     * person's e-mail address. Runs with a tenant bound that has enabled the plugin, in a transaction.
     */
    protected abstract void storePersonalDataOf(Person person) throws Exception;

    @Test
    void descriptorIsValidAndThePluginStarted() {
        assertEquals(List.of(), platform.descriptorProblems(pluginId()));
        assertEquals("", platform.notStarted(pluginId()), pluginId() + " is not STARTED");
    }

    @Test
    void migrationsRunAgainWithoutChange() {
        assertEquals(0, platform.migrationsLeftAfterASecondRun(pluginId()), "a second run applies nothing and leaves nothing pending");
    }

    @Test
    void entityTablesArePrefixedWithThePluginId() {
        assertEquals(List.of(), platform.entitiesWithoutPrefix(pluginId()));
    }

    /**
     * Every endpoint of the plugin, as listed in {@code /openapi}: anonymous → 401, a caller with no
     * platform role → 403, a coordinator of another cooperation → 403, a member of a cooperation that
     * has not enabled the plugin → 404.
     */
    @Test
    @RunAsClient
    void endpointsRefuseAnonymousWrongRoleForeignAndDisabled() {
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        String mine = "contrat-" + UUID.randomUUID().toString().substring(0, 8);
        String other = "contrat-" + UUID.randomUUID().toString().substring(0, 8);
        for (String slug : List.of(mine, other)) {
            assertEquals(201, admin.post("/api/tenants", "{\"slug\": \"" + slug + "\", \"displayName\": \"Contrat\", \"departements\": [\"56\"]}").status());
        }
        Map<String, Api> callers = Map.of(
                "anonymous", Api.at(base),
                "no role", Api.at(base).as(Tokens.token("visitor").tenants(mine).sign()),
                "foreign coordinator", Api.at(base).as(Tokens.coordinator(other)),
                "member, plugin not enabled", Api.at(base).as(Tokens.coordinator(mine)));
        Map<String, Integer> expected = Map.of("anonymous", 401, "no role", 403, "foreign coordinator", 403,
                "member, plugin not enabled", 404);
        List<String> checked = new ArrayList<>();
        for (String[] endpoint : endpoints(admin)) {
            String path = endpoint[1].replace("{tenant}", mine).replaceAll("\\{[^}]+}", "x");
            // No body for GET and DELETE: Payara answers a DELETE with a body 400 before any filter runs.
            String body = endpoint[0].equals("GET") || endpoint[0].equals("DELETE") ? null : "{}";
            callers.forEach((who, api) -> {
                Api.Reply reply = api.send(endpoint[0], path, body == null ? null : "application/json", body);
                assertEquals(expected.get(who), reply.status(), who + ": " + endpoint[0] + " " + path + " answered " + reply);
                reply.assertError(expected.get(who));
            });
            checked.add(endpoint[0] + " " + endpoint[1]);
        }
        assertFalse(checked.isEmpty(), "no endpoint of " + pluginId() + " in /openapi under /api/tenants/{tenant}/" + pluginId());
    }

    /**
     * The OpenAPI document is built on its first request, which on a loaded machine outlasts the
     * client's 30 s: the request is repeated, and the server goes on building meanwhile.
     */
    private static JsonObject openApi(Api api, int attempts) {
        try {
            return api.get("/openapi").object();
        } catch (java.io.UncheckedIOException e) {
            if (attempts <= 1) {
                throw e;
            }
            return openApi(api, attempts - 1);
        }
    }

    /** @return method and path template of every endpoint of the plugin in {@code /openapi} */
    private List<String[]> endpoints(Api api) {
        JsonObject paths = openApi(api, 3).getJsonObject("paths");
        String root = "/api/tenants/{tenant}/" + pluginId();
        List<String[]> found = new ArrayList<>();
        paths.forEach((path, operations) -> {
            if (path.equals(root) || path.startsWith(root + "/")) {
                operations.asJsonObject().keySet().forEach(m -> found.add(new String[]{m.toUpperCase(Locale.ROOT), path}));
            }
        });
        return found;
    }

    @Test
    void personalDataIsExportedThenErasedEverywhere() throws Exception {
        String slug = platform.cooperationWith(pluginId());
        Person person = new Person("contrat." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr");
        as(slug, () -> {
            storePersonalDataOf(person);
            return null;
        });
        assertFalse(as(slug, () -> platform.export(person)).getOrDefault(pluginId(), Map.of()).isEmpty(),
                "the export shows what the plugin holds");
        assertTrue(as(slug, () -> platform.erase(person)).getOrDefault(pluginId(), 0) > 0, "the erasure reports what it erased");
        assertFalse(as(slug, () -> platform.export(person)).containsKey(pluginId()), "nothing left to export");
        assertEquals(List.of(), platform.columnsHolding(pluginId(), person.email()), "the e-mail address is gone from the plugin's tables");
    }

    /**
     * The second wall: every table of the plugin with a {@code tenant_id} column has PostgreSQL's row-level
     * security, forced, with the platform's policy; a select naming no cooperation, as a buggy plugin would
     * write, sees the rows of its own cooperation and none of another's.
     */
    @Test
    void tenantOwnedTablesAreWalledInTheDatabase() throws Exception {
        assertEquals(List.of(), platform.unwalledTables(pluginId()), "tables with a tenant_id column but no row-level security");
        String slug = platform.cooperationWith(pluginId());
        String other = platform.cooperationWith(pluginId());
        Person person = new Person("mur." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr");
        as(slug, () -> {
            storePersonalDataOf(person);
            return null;
        });
        assertTrue(as(slug, () -> platform.rowsSeenUnfiltered(pluginId())) > 0, "the cooperation sees its own rows");
        assertEquals(0L, as(other, () -> platform.rowsSeenUnfiltered(pluginId())), "another cooperation sees none of them");
    }

    /**
     * The indicators the descriptor declares have a source, which computes this month's values without failing and
     * answers finite numbers (an indicator may be absent from a month where it means nothing).
     */
    @Test
    void declaredIndicatorsAreComputable() throws Exception {
        String slug = platform.cooperationWith(pluginId());
        assertEquals(List.of(), as(slug, () -> platform.indicatorProblems(pluginId())), "problems of the declared indicators");
    }

    /**
     * Every setting the descriptor declares is readable in a cooperation that enabled the plugin; one a cooperation
     * may override refuses a value of the wrong type (or out of its bounds, or too long) with 400 in the error shape,
     * and takes a valid one.
     */
    @Test
    @RunAsClient
    void declaredSettingsAreReadableAndValidated() {
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        String slug = cooperationOverHttp(admin);
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        for (JsonValue key : declared(admin).getJsonArray("settings")) {
            String path = "/api/tenants/" + slug + "/settings/" + ((JsonString) key).getString();
            Api.Reply read = coordinator.get(path);
            assertEquals(200, read.status(), "reading " + path + ": " + read);
            JsonObject setting = read.object();
            if (!setting.getBoolean("tenantOverridable")) {
                continue;
            }
            String bad = switch (setting.getString("type")) {
                case "INTEGER" -> !setting.containsKey("max") || setting.isNull("max") ? "douze" : String.valueOf(setting.getJsonNumber("max").longValue() + 1);
                case "BOOLEAN" -> "peut-être";
                case "TIME_ZONE" -> "Mars/Olympe";
                default -> "x".repeat(Setting.MAX_LENGTH + 1);
            };
            coordinator.put(path, valueBody(bad)).assertError(400);
            Api.Reply written = coordinator.put(path, valueBody(setting.getString("value")));
            assertEquals(200, written.status(), "writing the current value back to " + path + ": " + written);
        }
    }

    /**
     * Every page the descriptor declares loads in the machine's headless Chromium, the cooperation's pages signed in
     * as its coordinator and referent, the national ones as a network admin: it is served (not « Page indisponible »),
     * shows its heading and writes no error to the console. Skipped when the machine has no Chromium
     * ({@link PluginBrowser#CHROMIUM}).
     */
    @Test
    @RunAsClient
    void declaredPagesLoadWithoutConsoleErrors() {
        Assumptions.assumeTrue(Files.isExecutable(PluginBrowser.CHROMIUM) && Files.isExecutable(PluginBrowser.CHROMEDRIVER),
                "pages not opened: no Chromium at " + PluginBrowser.CHROMIUM + " and " + PluginBrowser.CHROMEDRIVER
                        + " (Debian: apt-get install chromium chromium-headless-shell chromium-driver)");
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        String slug = cooperationOverHttp(admin);
        Map<Boolean, List<JsonObject>> pages = declared(admin).getJsonArray("pages").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.partitioningBy(page -> page.getBoolean("national")));
        // one browser per token, every page of that token in it (a browser's start costs more than a page)
        for (boolean national : List.of(false, true)) {
            if (pages.get(national).isEmpty()) {
                continue;
            }
            String token = national ? Tokens.networkAdmin()
                    : Tokens.token("contrat-pages").in(slug, Roles.COORDINATOR, Roles.TEAM_REFERENT).sign();
            try (PluginBrowser browser = PluginBrowser.signedIn(base, token)) {
                for (JsonObject page : pages.get(national)) {
                    if (national) {
                        browser.openNational(pluginId(), page.getString("id"));
                    } else {
                        browser.open(slug, pluginId(), page.getString("id"));
                    }
                    String heading = browser.heading();
                    assertNotEquals("Page indisponible", heading, "the page " + page.getString("id") + " is served");
                    assertEquals(List.of(), browser.consoleErrors(), "the console of the page " + page.getString("id"));
                }
            }
        }
    }

    /** @return the body that writes a setting: {@code {"value": "20"}} */
    private static String valueBody(String value) {
        return jakarta.json.Json.createObjectBuilder().add("value", value).build().toString();
    }

    /** @return the plugin as {@code GET /api/plugins} shows it */
    private JsonObject declared(Api admin) {
        return admin.get("/api/plugins").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals(pluginId())).findFirst()
                .orElseThrow(() -> new AssertionError("no plugin " + pluginId() + " in /api/plugins"));
    }

    /** @return a new cooperation where the plugin and its required dependencies were enabled through the API */
    private String cooperationOverHttp(Api admin) {
        String slug = admin.newCooperation("contrat", "56");
        enable(admin, slug, pluginId(), new ArrayList<>());
        return slug;
    }

    private void enable(Api admin, String slug, String id, List<String> done) {
        if (done.contains(id)) {
            return;
        }
        done.add(id);
        JsonObject plugin = admin.get("/api/plugins").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals(id)).findFirst().orElseThrow(() -> new AssertionError("no plugin " + id));
        for (JsonObject dependency : plugin.getJsonArray("dependencies").getValuesAs(JsonObject.class)) {
            if (!dependency.getBoolean("optional", false)) {
                enable(admin, slug, dependency.getString("pluginId"), done);
            }
        }
        Api.Reply enabled = admin.post("/api/tenants/" + slug + "/plugins/" + id + "/enable", null);
        assertEquals(200, enabled.status(), "enabling " + id + " for " + slug + ": " + enabled);
    }

    private <T> T as(String slug, Callable<T> work) throws Exception {
        return inTenant.as(slug, work);
    }
}
