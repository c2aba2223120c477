package org.maillage.platform.plugins.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.maillage.platform.persistence.control.Database;
import org.maillage.platform.persistence.control.Wall;

/**
 * Applies a plugin's own Flyway migrations: the SQL files in {@code db/migration/<id>/} of its JAR,
 * with their own history table {@code <id>_schema_history}, so that each plugin owns its tables and
 * their history, as the schema's owner; then the {@link Wall} is raised on whatever tenant-owned table they
 * created, so a plugin's table with a {@code tenant_id} column is walled without the plugin doing anything.
 * Re-running is a no-op.
 */
@ApplicationScoped
public class PluginMigrations {

    @Inject
    Database database;

    @Inject
    Wall wall;

    /** @return how many migrations ran now */
    public int migrate(String pluginId, ClassLoader loader) {
        MigrateResult result = flyway(pluginId, loader).migrate();
        wall.raise();
        return result.migrationsExecuted;
    }

    /** The Flyway of one plugin, for the contract tests to check its migrations. */
    public Flyway flyway(String pluginId, ClassLoader loader) {
        return Flyway.configure(loader)
                .dataSource(database.ownerDataSource())
                .locations("classpath:db/migration/" + pluginId)
                .table(historyTable(pluginId))
                .failOnMissingLocations(false)
                // the schema is shared: a plugin's first run finds other modules' tables, which is no reason to refuse
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    static String historyTable(String pluginId) {
        return pluginId.replace('-', '_') + "_schema_history";
    }
}
