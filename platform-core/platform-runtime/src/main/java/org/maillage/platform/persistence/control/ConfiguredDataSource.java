package org.maillage.platform.persistence.control;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A data source that reads {@code maillage.db.url} and the request login ({@code maillage.db.request-user},
 * default the owner's name + {@code _request}, and {@code maillage.db.request-password}, default the owner's
 * password) from MicroProfile Config on first use: one built WAR runs on any PostgreSQL database. Payara pools
 * the connections it hands out; every request and background job uses them, so every one of them is behind the
 * row-level security that {@link Wall} puts on tenant-owned tables. The owner ({@code maillage.db.user},
 * {@code maillage.db.password}) connects only through {@link #owner()}: migrations and the wall itself.
 * A connection that fails says which database it tried and how to choose another.
 *
 * <p>It reads the configuration itself because Payara resolves {@code ${MPCONFIG=...}} placeholders
 * of a {@code @DataSourceDefinition} before the application's own {@code microprofile-config.properties}
 * is visible, which lost the defaults.
 */
public class ConfiguredDataSource implements DataSource {

    private final boolean owner;
    private PGSimpleDataSource target;
    private String url;

    /** The request login's, for Payara's pool. */
    public ConfiguredDataSource() {
        this(false);
    }

    private ConfiguredDataSource(boolean owner) {
        this.owner = owner;
    }

    private synchronized PGSimpleDataSource target() throws SQLException {
        if (target == null) {
            Config config = config();
            url = config.getOptionalValue("maillage.db.url", String.class)
                    .orElseThrow(() -> new SQLException("No database URL: set maillage.db.url (MAILLAGE_DB_URL)"));
            target = owner ? create(url, ownerUser(config), ownerPassword(config)) : create(url, requestUser(config), requestPassword(config));
        }
        return target;
    }

    private static Config config() {
        return ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
    }

    static String ownerUser(Config config) {
        return config.getOptionalValue("maillage.db.user", String.class).orElse("");
    }

    private static String ownerPassword(Config config) {
        return config.getOptionalValue("maillage.db.password", String.class).orElse("");
    }

    /** @return the login of requests: {@code maillage.db.request-user}, by default the owner's name + {@code _request} */
    static String requestUser(Config config) {
        return config.getOptionalValue("maillage.db.request-user", String.class).orElse(ownerUser(config) + "_request");
    }

    static String requestPassword(Config config) {
        return config.getOptionalValue("maillage.db.request-password", String.class).orElse(ownerPassword(config));
    }

    /** @return the login of requests, as configured */
    static String requestUser() {
        return requestUser(config());
    }

    static String requestPassword() {
        return requestPassword(config());
    }

    /**
     * @return an unpooled data source connecting as the owner of the schema, for migrations and the wall only;
     * never handed to plugins or used to serve a request
     */
    static DataSource owner() {
        return new ConfiguredDataSource(true);
    }

    private static PGSimpleDataSource create(String url, String user, String password) throws SQLException {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new SQLException("maillage.db.url (MAILLAGE_DB_URL) must be a PostgreSQL URL, jdbc:postgresql://host:port/database, not: "
                    + url + (url.startsWith("jdbc:h2:") ? " (H2 is no longer supported: see the README)" : ""));
        }
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        source.setUser(user);
        source.setPassword(password);
        if (!url.contains("options=")) {
            // A prepared statement's generic plan is fixed when first cached: planned while a table is
            // small (an import's first chunks), it kept scanning the whole table as it grew (300k rows:
            // 640 rows/s falling to 120). Custom plans follow the table's real size.
            // Reading an index costs about what reading a table does when both are in memory or on SSD (the
            // default 4 prices a disk's seek): with it, the search of a 300k cooperation sorted the whole table
            // rather than walk the list's index (issue 17). No parallel workers: requests run side by side, and a
            // worker's start (up to 0.2 s on 2 busy cores) cost more than the query it shared.
            source.setOptions("-c plan_cache_mode=force_custom_plan -c random_page_cost=1.1 -c max_parallel_workers_per_gather=0");
        }
        return source;
    }

    private SQLException explained(SQLException e, String user) {
        return new SQLException("The database " + url + " refused a connection as \"" + user + "\": " + e.getMessage()
                + (owner ? " Check maillage.db.url, maillage.db.user and maillage.db.password (MAILLAGE_DB_URL, MAILLAGE_DB_USER,"
                + " MAILLAGE_DB_PASSWORD)." : " Check maillage.db.url, maillage.db.request-user and maillage.db.request-password"
                + " (MAILLAGE_DB_URL, MAILLAGE_DB_REQUEST_USER, MAILLAGE_DB_REQUEST_PASSWORD; the platform creates that login"
                + " at start when the owner may create roles)."), e.getSQLState(), e);
    }

    @Override
    public Connection getConnection() throws SQLException {
        PGSimpleDataSource source = target();
        try {
            return source.getConnection();
        } catch (SQLException e) {
            throw explained(e, source.getUser());
        }
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        PGSimpleDataSource source = target();
        try {
            return source.getConnection(username, pass);
        } catch (SQLException e) {
            throw explained(e, username);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // connections are logged by the pool
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the drivers' own timeouts apply
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return target().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target().isWrapperFor(iface);
    }
}
