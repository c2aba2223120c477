package org.maillage.testkit;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.YearMonth;
import java.util.UUID;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.platform.api.plugin.Indicator;
import org.maillage.platform.api.plugin.IndicatorSource;
import org.maillage.platform.indicators.control.IndicatorSources;
import org.maillage.platform.persistence.control.Database;
import org.maillage.platform.personaldata.control.PersonalDataHolders;
import org.maillage.platform.plugins.control.Enablement;
import org.maillage.platform.plugins.control.PluginMigrations;
import org.maillage.platform.plugins.control.PluginRecord;
import org.maillage.platform.plugins.control.PluginRegistry;
import org.maillage.platform.tenancy.control.TenantRegistry;

/**
 * The runtime's side of {@link PluginContractTest}, inside the deployed platform. Package-private, and
 * the only way the kit's public classes reach the runtime, so that a plugin's test classpath never
 * holds the runtime: it answers in JDK and {@code platform-api} types.
 */
@Dependent
class ContractProbe {

    @Inject
    PluginRegistry registry;

    @Inject
    PluginMigrations migrations;

    @Inject
    Database database;

    @Inject
    TenantRegistry tenants;

    @Inject
    Enablement enablement;

    @Inject
    PersonalDataHolders personalData;

    @Inject
    InTenant inTenant;

    @Inject
    EntityManager em;

    @Inject
    IndicatorSources indicators;

    @Inject
    BeanManager beans;

    private PluginRecord plugin(String id) {
        return registry.find(id).orElseThrow(() -> new AssertionError("No plugin " + id + " in the deployment"));
    }

    /** @return the problems of the plugin's descriptor, in French; empty when it is valid */
    List<String> descriptorProblems(String id) {
        return plugin(id).descriptor().problems();
    }

    /** @return why the plugin is not STARTED ("FAILED: reason"); empty when it is */
    String notStarted(String id) {
        PluginRecord plugin = plugin(id);
        return plugin.started() ? "" : plugin.state() + ": " + plugin.reason();
    }

    /** Runs the plugin's migrations again, then validates them. @return migrations applied plus migrations pending */
    int migrationsLeftAfterASecondRun(String id) {
        ClassLoader loader = plugin(id).type().getClassLoader();
        int applied = migrations.migrate(id, loader);
        var flyway = migrations.flyway(id, loader);
        flyway.validate();
        return applied + flyway.info().pending().length;
    }

    /** @return the plugin's entities whose table is not named {@code <id>_...} */
    List<String> entitiesWithoutPrefix(String id) {
        String prefix = tablePrefix(id);
        List<String> wrong = new ArrayList<>();
        for (EntityType<?> entity : database.entityManagerFactory().getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            if (registry.pluginOf(type).filter(id::equals).isPresent()) {
                Table table = type.getAnnotation(Table.class);
                if (table == null || !table.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    wrong.add(type.getName() + " must name its table " + prefix + "...");
                }
            }
        }
        return wrong;
    }

    /** @return the slug of a new cooperation where the plugin and its required dependencies are enabled */
    String cooperationWith(String id) throws Exception {
        String slug = "contrat-" + UUID.randomUUID().toString().substring(0, 8);
        inTenant.inTransaction(() -> tenants.create(slug, "Contrat " + id, List.of("56")));
        inTenant.as(slug, () -> {
            enableWithDependencies(id);
            return null;
        });
        return slug;
    }

    private void enableWithDependencies(String id) {
        plugin(id).descriptor().dependencies().stream()
                .filter(d -> !d.optional())
                .forEach(d -> enableWithDependencies(d.pluginId()));
        enablement.enable(id, "contract");
    }

    /**
     * Computes this month's indicators of the bound cooperation as the platform's snapshots do. An indicator may be
     * absent from a month where it means nothing (a ratio without a denominator); a source that fails, or a value
     * that is not a finite number, is a problem, and so are declared indicators without a source.
     *
     * @return the problems of the plugin's indicators; empty when they are computable
     */
    List<String> indicatorProblems(String id) {
        List<Indicator> declared = plugin(id).descriptor().indicators();
        if (declared.isEmpty()) {
            return List.of();
        }
        boolean source = beans.getBeans(IndicatorSource.class, Any.Literal.INSTANCE).stream()
                .anyMatch(bean -> registry.pluginOf(bean.getBeanClass()).filter(id::equals).isPresent());
        if (!source) {
            return List.of(id + " declares " + declared.stream().map(Indicator::key).toList() + " but has no bean implementing IndicatorSource");
        }
        return indicators.compute(YearMonth.now()).failures().stream().filter(f -> f.startsWith(id + ":") || f.startsWith(id + ".")).toList();
    }

    /** @return what each plugin of the bound cooperation holds about the person, by plugin id */
    Map<String, Map<String, Object>> export(Person person) {
        return personalData.export(person);
    }

    /** @return how many records each plugin of the bound cooperation erased, by plugin id */
    Map<String, Integer> erase(Person person) {
        return personalData.erase(person);
    }

    /** @return "table.column" for every text column of the plugin's tables that still holds the value */
    List<String> columnsHolding(String id, String value) throws Exception {
        String prefix = tablePrefix(id);
        List<String> found = new ArrayList<>();
        // as the owner: the request login sees no cooperation's rows outside a cooperation's transaction
        try (Connection connection = database.ownerDataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet columns = meta.getColumns(null, null, "%", "%")) {
                while (columns.next()) {
                    String table = columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    int type = columns.getInt("DATA_TYPE");
                    if (table.startsWith(prefix) && !table.endsWith("schema_history")
                            && (type == Types.VARCHAR || type == Types.CHAR || type == Types.CLOB || type == Types.LONGVARCHAR)
                            && holds(connection, table, columns.getString("COLUMN_NAME"), value)) {
                        found.add(table + "." + columns.getString("COLUMN_NAME"));
                    }
                }
            }
        }
        return found;
    }

    /** @return the plugin's tables with a {@code tenant_id} column that lack forced row-level security or its policy */
    List<String> unwalledTables(String id) throws Exception {
        List<String> unwalled = new ArrayList<>();
        try (Connection connection = database.ownerDataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("select c.relname from pg_class c"
                     + " join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()"
                     + " where c.relkind in ('r', 'p') and c.relname like ? and exists (select 1 from pg_attribute a"
                     + " where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)"
                     + " and not (c.relrowsecurity and c.relforcerowsecurity"
                     + " and exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polname = 'maillage_tenant'))")) {
            select.setString(1, tablePrefix(id).replace("_", "\\_") + "%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    unwalled.add(rows.getString(1));
                }
            }
        }
        return unwalled;
    }

    /**
     * Counts the rows of every table of the plugin that has a {@code tenant_id} column with a select that names
     * no cooperation, as a buggy plugin would, on the connection of the current cooperation's transaction.
     */
    long rowsSeenUnfiltered(String id) throws Exception {
        em.getProperties();   // the platform sets the transaction's cooperation on first use of the EntityManager
        long seen = 0;
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("select c.table_name from information_schema.columns c"
                     + " where c.table_schema = current_schema() and c.column_name = 'tenant_id' and c.table_name like ?")) {
            select.setString(1, tablePrefix(id).replace("_", "\\_") + "%");
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (PreparedStatement count = connection.prepareStatement("select count(*) from " + table);
                     ResultSet row = count.executeQuery()) {
                    row.next();
                    seen += row.getLong(1);
                }
            }
        }
        return seen;
    }

    private static boolean holds(Connection connection, String table, String column, String value) throws Exception {
        try (PreparedStatement select = connection.prepareStatement(
                "select count(*) from " + table + " where lower(" + column + ") like ?")) {
            select.setString(1, "%" + value.toLowerCase(Locale.ROOT) + "%");
            try (ResultSet count = select.executeQuery()) {
                count.next();
                return count.getLong(1) > 0;
            }
        }
    }

    private static String tablePrefix(String id) {
        return id.replace('-', '_') + "_";
    }
}
