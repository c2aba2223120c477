package org.maillage.platform.persistence.control;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The pooled data source as the platform and EclipseLink use it: every connection handed out carries, for the
 * {@link Wall}, the cooperation of the current transaction ({@link EntityManagers} records it when the
 * transaction's first tenant EntityManager opens), or none, set before anyone's first statement on it.
 *
 * <p>Set on every hand-out, for the connection's session rather than its database transaction: Payara hands
 * EclipseLink connections outside the JTA transaction for the writes it issues at commit, and hands a
 * {@code REQUIRES_NEW} transaction the same connection as the suspended one; a setting local to a database
 * transaction was lost in both. A connection handed out with no cooperation has the setting cleared, so a pooled
 * connection never carries a cooperation into work that has none. The same statement sets the thread's
 * {@link StatementBudget} ({@code statement_timeout}, 0 when none), so a heavy request's time-out never stays on a
 * pooled connection either.
 */
final class WalledDataSource implements DataSource {

    private final DataSource target;
    private volatile TransactionSynchronizationRegistry transactions;

    WalledDataSource(DataSource target) {
        this.target = target;
    }

    /** @return the cooperation the current transaction acts for, or "" */
    private String tenant() {
        TransactionSynchronizationRegistry registry = transactions;
        if (registry == null) {
            try {
                registry = (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
            } catch (NamingException e) {
                throw new IllegalStateException("No transaction synchronization registry", e);
            }
            transactions = registry;
        }
        Object tenant = registry.getTransactionStatus() == Status.STATUS_ACTIVE ? registry.getResource(Wall.SETTING) : null;
        return tenant == null ? "" : (String) tenant;
    }

    private Connection walled(Connection connection) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("select set_config('" + Wall.SETTING + "', ?, false),"
                + " set_config('statement_timeout', ?, false)")) {
            set.setString(1, tenant());
            set.setString(2, String.valueOf(StatementBudget.millis()));
            set.execute();
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return walled(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return walled(target.getConnection(username, password));
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target.isWrapperFor(iface);
    }
}
