package org.maillage.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import java.net.URL;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.platform.persistence.control.Database;
import org.maillage.platform.personaldata.control.PersonalDataHolders;
import org.maillage.platform.plugins.control.Enablement;
import org.maillage.platform.plugins.control.PluginMigrations;
import org.maillage.platform.plugins.control.PluginRecord;
import org.maillage.platform.plugins.control.PluginRegistry;
import org.maillage.platform.tenancy.control.TenantRegistry;

/**
 * The contract every plugin passes, run inside a deployed platform that holds the plugin.
 *
 * <p>A plugin's test extends this class, is annotated {@code @ExtendWith(ArquillianExtension.class)},
 * deploys {@link PlatformDeployment#forContract(org.jboss.shrinkwrap.api.spec.JavaArchive...)} and says
 * which plugin it checks and how to store some personal data of a person in it.
 */
public abstract class PluginContractTest {

    @Inject
    PluginRegistry registry;

    @Inject
    PluginMigrations migrations;

    @Inject
    Database database;

    @Inject
    InTenant inTenant;

    @Inject
    TenantRegistry tenants;

    @Inject
    Enablement enablement;

    @Inject
    PersonalDataHolders personalData;


    @ArquillianResource
    URL base;

    /** @return the id of the plugin under test */
    protected abstract String pluginId();

    /**
     * Stores, through the plugin's own code, data about the person — at least one value that is the
     * person's e-mail address. Runs with a tenant bound that has enabled the plugin, in a transaction.
     */
    protected abstract void storePersonalDataOf(Person person) throws Exception;

    private PluginRecord plugin() {
        return registry.find(pluginId()).orElseThrow(() -> new AssertionError("No plugin " + pluginId() + " in the deployment"));
    }

    @Test
    void descriptorIsValidAndThePluginStarted() {
        PluginRecord plugin = plugin();
        assertEquals(List.of(), plugin.descriptor().problems());
        assertTrue(plugin.started(), pluginId() + " is " + plugin.state() + ": " + plugin.reason());
    }

    @Test
    void migrationsRunAgainWithoutChange() {
        assertEquals(0, migrations.migrate(pluginId(), plugin().type().getClassLoader()), "a second run applies nothing");
        var flyway = migrations.flyway(pluginId(), plugin().type().getClassLoader());
        flyway.validate();
        assertEquals(0, flyway.info().pending().length);
    }

    @Test
    void entityTablesArePrefixedWithThePluginId() {
        String prefix = pluginId().replace('-', '_') + "_";
        for (EntityType<?> entity : database.entityManagerFactory().getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            if (registry.pluginOf(type).filter(pluginId()::equals).isPresent()) {
                Table table = type.getAnnotation(Table.class);
                assertTrue(table != null && table.name().toLowerCase(Locale.ROOT).startsWith(prefix),
                        type.getName() + " must name its table " + prefix + "...");
            }
        }
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
        String slug = newTenant();
        Person person = new Person("contrat." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr");
        as(slug, () -> {
            enableWithDependencies(pluginId());
            return null;
        });
        as(slug, () -> {
            storePersonalDataOf(person);
            return null;
        });
        assertFalse(as(slug, () -> personalData.export(person)).getOrDefault(pluginId(), Map.of()).isEmpty(),
                "the export shows what the plugin holds");
        assertTrue(as(slug, () -> personalData.erase(person)).getOrDefault(pluginId(), 0) > 0, "the erasure reports what it erased");
        assertFalse(as(slug, () -> personalData.export(person)).containsKey(pluginId()), "nothing left to export");
        assertEquals(List.of(), tablesStillHolding(person.email()), "the e-mail address is gone from the plugin's tables");
    }

    private void enableWithDependencies(String id) {
        registry.find(id).orElseThrow().descriptor().dependencies().stream()
                .filter(d -> !d.optional())
                .forEach(d -> enableWithDependencies(d.pluginId()));
        enablement.enable(id, "contract");
    }

    /** @return "table.column" for every text column of the plugin's tables that still holds the value */
    private List<String> tablesStillHolding(String value) throws Exception {
        String prefix = pluginId().replace('-', '_') + "_";
        List<String> found = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet columns = meta.getColumns(null, null, "%", "%")) {
                while (columns.next()) {
                    String table = columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    int type = columns.getInt("DATA_TYPE");
                    if (table.startsWith(prefix) && !table.endsWith("schema_history")
                            && (type == Types.VARCHAR || type == Types.CHAR || type == Types.CLOB || type == Types.LONGVARCHAR)) {
                        String column = columns.getString("COLUMN_NAME");
                        try (PreparedStatement select = connection.prepareStatement(
                                "select count(*) from " + table + " where lower(" + column + ") like ?")) {
                            select.setString(1, "%" + value.toLowerCase(Locale.ROOT) + "%");
                            try (ResultSet count = select.executeQuery()) {
                                count.next();
                                if (count.getLong(1) > 0) {
                                    found.add(table + "." + column);
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private String newTenant() throws Exception {
        String slug = "contrat-" + UUID.randomUUID().toString().substring(0, 8);
        inTenant.inTransaction(() -> tenants.create(slug, "Contrat " + pluginId(), List.of("56")));
        return slug;
    }

    private <T> T as(String slug, Callable<T> work) throws Exception {
        return inTenant.as(slug, work);
    }
}
