package org.maillage.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A PostgreSQL database created for this test JVM with a unique name, and dropped when the JVM ends.
 *
 * <p>The server is reached through {@code MAILLAGE_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}) as {@code MAILLAGE_TEST_PG_USER} (default
 * {@code postgres}) with {@code MAILLAGE_TEST_PG_PASSWORD} (default empty).
 */
public final class TestDatabase {

    /** The system property that chooses the database of a test run: {@code h2} (default) or {@code postgresql}. */
    public static final String PROPERTY = "maillage.test.database";

    /** Test databases are named {@code maillage_test_<epoch seconds>_<random>}. */
    static final String PREFIX = "maillage_test_";

    private static TestDatabase postgres;

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String name;

    private TestDatabase(String adminUrl, String user, String password, String name) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    /** @return the PostgreSQL database of this run when the run chose PostgreSQL, else empty (H2 in memory) */
    public static synchronized Optional<TestDatabase> chosen() {
        String choice = System.getProperty(PROPERTY, "h2");
        if (choice.equals("h2")) {
            return Optional.empty();
        }
        if (!choice.equals("postgresql")) {
            throw new IllegalArgumentException(PROPERTY + " is h2 or postgresql, not " + choice);
        }
        if (postgres == null) {
            postgres = createPostgres();
        }
        return Optional.of(postgres);
    }

    private static TestDatabase createPostgres() {
        String adminUrl = env("MAILLAGE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = env("MAILLAGE_TEST_PG_USER", "postgres");
        String password = env("MAILLAGE_TEST_PG_PASSWORD", "");
        String name = PREFIX + Instant.now().getEpochSecond() + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        TestDatabase database = new TestDatabase(adminUrl, user, password, name);
        database.dropLeftovers();
        database.execute("create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(database::drop, "drop " + name));
        return database;
    }

    /** @return the JDBC URL of the database */
    public String url() {
        int slash = adminUrl.lastIndexOf('/');
        return adminUrl.substring(0, slash + 1) + name;
    }

    public String name() {
        return name;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Opens a connection to the test database, for assertions on what was really stored. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    /** Drops the databases of runs that died more than six hours ago without dropping theirs. */
    private void dropLeftovers() {
        long before = Instant.now().minus(Duration.ofHours(6)).getEpochSecond();
        List<String> old = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement();
             ResultSet names = statement.executeQuery("select datname from pg_database where datname like '" + PREFIX + "%'")) {
            while (names.next()) {
                String[] parts = names.getString(1).substring(PREFIX.length()).split("_");
                if (parts.length == 2 && parts[0].matches("\\d+") && Long.parseLong(parts[0]) < before) {
                    old.add(names.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + adminUrl + " refused to list databases", e);
        }
        old.forEach(db -> execute("drop database if exists " + db + " with (force)"));
    }

    void drop() {
        execute("drop database if exists " + name + " with (force)");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + adminUrl + " refused: " + sql, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
