package org.maillage.platform.persistence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the platform's Flyway migrations when the application starts, before it serves any
 * request, as the schema's owner. A failure stops the deployment: a platform whose schema is not right never
 * reports ready. Then the {@link Wall} is raised on the tenant-owned tables and {@link SchemaMigrated} is fired, for what must be in the database before the first request.
 */
@ApplicationScoped
public class Migrations {

    static final String LOCATION = "classpath:db/migration/platform";
    static final String HISTORY_TABLE = "platform_schema_history";

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Inject
    Database database;

    @Inject
    Event<SchemaMigrated> migrated;

    @Inject
    Wall wall;

    private volatile String appliedVersion;

    /** Called by {@link org.maillage.platform.start.PlatformStart} when the web application starts. */
    public void migrate() {
        MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(database.ownerDataSource())
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .failOnMissingLocations(true)
                .load()
                .migrate();
        appliedVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Platform schema at version " + appliedVersion + " (" + result.migrationsExecuted + " migrations applied now, "
                + result.database + ")");
        wall.raise();
        migrated.fire(new SchemaMigrated(appliedVersion));
    }

    /** @return whether the migrations ran to the end in this process */
    public boolean done() {
        return appliedVersion != null;
    }

    public String version() {
        return appliedVersion;
    }
}
