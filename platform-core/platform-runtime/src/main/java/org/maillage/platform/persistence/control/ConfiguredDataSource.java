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
 * A data source that reads {@code maillage.db.url}, {@code maillage.db.user} and {@code maillage.db.password}
 * from MicroProfile Config on first use: one built WAR runs on any PostgreSQL database. Payara pools the
 * connections it hands out. A connection that fails says which database it tried and how to choose another.
 *
 * <p>It reads the configuration itself because Payara resolves {@code ${MPCONFIG=...}} placeholders
 * of a {@code @DataSourceDefinition} before the application's own {@code microprofile-config.properties}
 * is visible, which lost the defaults.
 */
public class ConfiguredDataSource implements DataSource {

    private PGSimpleDataSource target;
    private String url;

    private synchronized PGSimpleDataSource target() throws SQLException {
        if (target == null) {
            Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
            url = config.getOptionalValue("maillage.db.url", String.class)
                    .orElseThrow(() -> new SQLException("No database URL: set maillage.db.url (MAILLAGE_DB_URL)"));
            target = create(config, url);
        }
        return target;
    }

    private static PGSimpleDataSource create(Config config, String url) throws SQLException {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new SQLException("maillage.db.url (MAILLAGE_DB_URL) must be a PostgreSQL URL, jdbc:postgresql://host:port/database, not: "
                    + url + (url.startsWith("jdbc:h2:") ? " (H2 is no longer supported: see the README)" : ""));
        }
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        source.setUser(config.getOptionalValue("maillage.db.user", String.class).orElse(""));
        source.setPassword(config.getOptionalValue("maillage.db.password", String.class).orElse(""));
        if (!url.contains("options=")) {
            // A prepared statement's generic plan is fixed when first cached: planned while a table is
            // small (an import's first chunks), it kept scanning the whole table as it grew (300k rows:
            // 640 rows/s falling to 120). Custom plans follow the table's real size.
            source.setOptions("-c plan_cache_mode=force_custom_plan");
        }
        return source;
    }

    private SQLException explained(SQLException e, String user) {
        return new SQLException("The database " + url + " refused a connection as \"" + user + "\": "
                + e.getMessage() + " Check maillage.db.url, maillage.db.user and maillage.db.password"
                + " (MAILLAGE_DB_URL, MAILLAGE_DB_USER, MAILLAGE_DB_PASSWORD).", e.getSQLState(), e);
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
