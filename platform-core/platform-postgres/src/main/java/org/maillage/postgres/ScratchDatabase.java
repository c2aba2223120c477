package org.maillage.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A database of tests, created with a unique name ({@code maillage_test_<epoch seconds>_<random>}) and
 * dropped when the JVM ends.
 *
 * <p>It lives on the server named by {@code MAILLAGE_TEST_PG_URL} (as {@code MAILLAGE_TEST_PG_USER},
 * default {@code postgres}, with {@code MAILLAGE_TEST_PG_PASSWORD}, default empty) when that is set, else
 * on this JVM's {@link EmbeddedPostgres#temporary() temporary embedded server}: nothing to install.
 */
public final class ScratchDatabase {

    static final String PREFIX = "maillage_test_";

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String name;

    private ScratchDatabase(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.name = PREFIX + Instant.now().getEpochSecond() + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** @return a new database, on the configured server or the embedded one */
    public static ScratchDatabase create() {
        String url = EmbeddedPostgres.env("MAILLAGE_TEST_PG_URL", "");
        ScratchDatabase database;
        if (url.isEmpty()) {
            EmbeddedPostgres server = EmbeddedPostgres.temporary();
            database = new ScratchDatabase(server.url("postgres"), EmbeddedPostgres.SUPERUSER, server.superuserPassword());
            database.execute("create database " + database.name);   // deleted with the server's folder at exit
        } else {
            database = new ScratchDatabase(url, EmbeddedPostgres.env("MAILLAGE_TEST_PG_USER", "postgres"),
                    EmbeddedPostgres.env("MAILLAGE_TEST_PG_PASSWORD", ""));
            database.dropLeftovers();
            database.execute("create database " + database.name);
            Runtime.getRuntime().addShutdownHook(new Thread(database::drop, "drop " + database.name));
        }
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

    /** Opens a connection to the database. */
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
            throw new IllegalStateException("PostgreSQL at " + adminUrl + " refused to list databases (MAILLAGE_TEST_PG_URL): "
                    + e.getMessage(), e);
        }
        old.forEach(db -> execute("drop database if exists " + db + " with (force)"));
    }

    private void drop() {
        execute("drop database if exists " + name + " with (force)");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + adminUrl + " refused: " + sql + " (" + e.getMessage() + ")", e);
        }
    }
}
