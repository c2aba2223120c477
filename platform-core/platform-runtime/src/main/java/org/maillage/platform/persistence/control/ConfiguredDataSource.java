package org.maillage.platform.persistence.control;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A data source that reads {@code maillage.db.url}, {@code maillage.db.user} and {@code maillage.db.password}
 * from MicroProfile Config on first use and chooses the JDBC driver from the URL, so that switching
 * from H2 to PostgreSQL is a matter of configuration only. Payara pools the connections it hands out.
 *
 * <p>It reads the configuration itself because Payara resolves {@code ${MPCONFIG=...}} placeholders
 * of a {@code @DataSourceDefinition} before the application's own {@code microprofile-config.properties}
 * is visible, which lost the defaults.
 */
public class ConfiguredDataSource implements DataSource {

    private static final Map<String, String> DRIVERS = Map.of(
            "jdbc:h2:", "org.h2.jdbcx.JdbcDataSource",
            "jdbc:postgresql:", "org.postgresql.ds.PGSimpleDataSource");

    private DataSource target;

    private synchronized DataSource target() throws SQLException {
        if (target == null) {
            target = create();
        }
        return target;
    }

    private DataSource create() throws SQLException {
        Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
        String url = config.getOptionalValue("maillage.db.url", String.class)
                .orElseThrow(() -> new SQLException("No database URL: set maillage.db.url"));
        String user = config.getOptionalValue("maillage.db.user", String.class).orElse("");
        String password = config.getOptionalValue("maillage.db.password", String.class).orElse("");
        String className = DRIVERS.entrySet().stream()
                .filter(e -> url.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new SQLException("Unsupported database URL (use jdbc:h2: or jdbc:postgresql:): " + url));
        try {
            Class<?> type = Class.forName(className, true, ConfiguredDataSource.class.getClassLoader());
            Object source = type.getConstructor().newInstance();
            type.getMethod("setURL", String.class).invoke(source, url);
            type.getMethod("setUser", String.class).invoke(source, user);
            type.getMethod("setPassword", String.class).invoke(source, password);
            if (url.startsWith("jdbc:postgresql:") && !url.contains("options=")) {
                // A prepared statement's generic plan is fixed when first cached: planned while a table is
                // small (an import's first chunks), it kept scanning the whole table as it grew (300k rows:
                // 640 rows/s falling to 120). Custom plans follow the table's real size.
                type.getMethod("setOptions", String.class).invoke(source, "-c plan_cache_mode=force_custom_plan");
            }
            return (DataSource) source;
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new SQLException("Cannot configure " + className + " for " + url, cause);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return target().getConnection(username, pass);
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
