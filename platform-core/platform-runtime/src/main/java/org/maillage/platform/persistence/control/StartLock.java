package org.maillage.platform.persistence.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One instance at a time through the start-up's database work (migrations, the wall's grants and policies, the
 * plugins' settings, the cooperations of {@code maillage.tenants.dir}): a PostgreSQL session-level advisory lock
 * on a connection of the owner's, held until {@link #close}. Two instances started together on a new database
 * otherwise raced there ("tuple concurrently updated" on a grant, a duplicate cooperation) and one failed to
 * deploy. The second waits, then finds the work done. An instance that dies holding it loses its session, and the
 * lock with it.
 */
public final class StartLock implements AutoCloseable {

    /** The lock's key: any number no other advisory lock of the platform uses ("maillage" in ASCII). */
    static final long KEY = 0x6d61696c6c616765L;

    private static final Logger LOG = Logger.getLogger(StartLock.class.getName());

    private final Connection connection;

    private StartLock(Connection connection) {
        this.connection = connection;
    }

    /** Waits until no other instance is starting, then holds the lock. */
    public static StartLock take(DataSource owner) {
        long waited = System.nanoTime();
        try {
            Connection connection = owner.getConnection();
            try (Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("select pg_advisory_lock(" + KEY + ")");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            long ms = (System.nanoTime() - waited) / 1_000_000;
            if (ms > 1000) {
                LOG.info(() -> "Waited " + ms + " ms for another instance to finish its start-up");
            }
            return new StartLock(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The start-up lock cannot be taken: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try (Connection held = connection; Statement statement = held.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            LOG.warning(() -> "The start-up lock was released with its connection: " + e.getMessage());
        }
    }
}
