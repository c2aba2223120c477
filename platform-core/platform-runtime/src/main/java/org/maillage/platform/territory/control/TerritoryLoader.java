package org.maillage.platform.territory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.maillage.platform.persistence.control.Database;
import org.maillage.platform.persistence.control.SchemaMigrated;

/**
 * Loads the territory at start-up, right after the migrations and before the first request
 * ({@link SchemaMigrated}), through the platform's data source. A failure fails the deployment;
 * until a check has passed in this process the platform does not report ready.
 */
@ApplicationScoped
public class TerritoryLoader {

    private static final Logger LOG = Logger.getLogger(TerritoryLoader.class.getName());

    @Inject
    Database database;

    private volatile TerritoryLoad last;

    void atStart(@Observes SchemaMigrated migrated) {
        load();
    }

    /**
     * Makes the database hold the territory of the shipped files: loads it when the stored checksum
     * differs, does nothing else otherwise. Call outside any JTA transaction.
     *
     * @return what was found, and done
     */
    public TerritoryLoad load() {
        try (Connection connection = database.dataSource().getConnection()) {
            TerritoryLoad load = new TerritoryImport(TerritoryFiles.read(), Clock.systemUTC()).into(connection);
            LOG.info(() -> (load.reloaded() ? "Territory loaded: " + load.rows() + " rows in " + load.millis() + " ms"
                    : "Territory unchanged since " + load.loadedAt() + " (checked in " + load.millis() + " ms)")
                    + ", checksum " + load.checksum() + ", from " + load.source());
            last = load;
            return load;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load the territory reference data", e);
        }
    }

    /** @return the last load or check of this process, empty until one succeeded */
    public Optional<TerritoryLoad> last() {
        return Optional.ofNullable(last);
    }
}
