package org.maillage.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import org.maillage.postgres.ScratchDatabase;

/**
 * The PostgreSQL database of this test JVM: created with a unique name on first use, gone when the JVM ends.
 *
 * <p>It lives on the server named by {@code MAILLAGE_TEST_PG_URL} (as {@code MAILLAGE_TEST_PG_USER}, default
 * {@code postgres}, with {@code MAILLAGE_TEST_PG_PASSWORD}, default empty) when that is set; otherwise the
 * test kit starts an embedded PostgreSQL for the JVM (binaries from Maven Central, a temporary folder, a
 * free port), so a plugin's {@code mvn verify} needs no database installed.
 */
public final class TestDatabase {

    private static TestDatabase current;

    private final ScratchDatabase database;

    private TestDatabase(ScratchDatabase database) {
        this.database = database;
    }

    /** @return the database of this test JVM, created on the first call */
    public static synchronized TestDatabase get() {
        if (current == null) {
            current = new TestDatabase(ScratchDatabase.create());
        }
        return current;
    }

    /** @return the JDBC URL of the database */
    public String url() {
        return database.url();
    }

    public String name() {
        return database.name();
    }

    public String user() {
        return database.user();
    }

    public String password() {
        return database.password();
    }

    /** Opens a connection to the test database, for assertions on what was really stored. */
    public Connection connect() throws SQLException {
        return database.connect();
    }
}
