package org.maillage.platform.persistence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The second wall: PostgreSQL's row-level security on every tenant-owned table, whoever created it.
 *
 * <p>Run as the schema's owner after the platform's migrations and after each plugin's ({@link #raise()}), it
 * <ul>
 * <li>makes sure the request login exists ({@code maillage.db.request-user}; created, with
 * {@code maillage.db.request-password}, when the owner may create roles) and that it cannot pass the wall: not
 * a superuser, no {@code BYPASSRLS}, not the owner nor a member of it (so {@code SET ROLE} to the owner is
 * refused); otherwise the start fails, naming what to change;</li>
 * <li>grants it reads and writes on the schema's tables (only reads on the migrations' history tables) and
 * the use of its sequences, nothing else: it owns nothing, so it can neither alter a table, nor disable its
 * row-level security, nor drop a policy;</li>
 * <li>puts on every table of the schema with a {@code tenant_id} column row-level security, forced (its owner is
 * walled too), and the policy {@value #POLICY}: a row is seen, inserted or updated only if its
 * {@code tenant_id} is the transaction's cooperation, the setting {@value #SETTING} that
 * {@link WalledDataSource} sets on every connection handed out within a cooperation's transaction
 * ({@link EntityManagers} fixes that cooperation). The only other way in is {@code current_user} being the owner: the
 * migrations (views read with their invoker's {@code current_user}, so a view owned by the owner is walled
 * too). A transaction without a cooperation sees no tenant row at all.</li>
 * </ul>
 * Tables without a {@code tenant_id} column (the registry of cooperations, the audit, territory reference
 * data, a plugin's own shared data) are not tenant-owned and are not walled.
 */
@ApplicationScoped
public class Wall {

    public static final String SETTING = "maillage.tenant";
    static final String POLICY = "maillage_tenant";

    private static final Logger LOG = Logger.getLogger(Wall.class.getName());

    @Inject
    Database database;

    /** Raises the wall on every tenant-owned table there is now; idempotent, a few milliseconds per table. */
    public void raise() {
        String requestUser = ConfiguredDataSource.requestUser();
        try (Connection connection = database.ownerDataSource().getConnection()) {
            connection.setAutoCommit(false);
            String owner = value(connection, "select current_user");
            String schema = value(connection, "select current_schema()");
            if (owner.equals(requestUser)) {
                throw new IllegalStateException("maillage.db.request-user (MAILLAGE_DB_REQUEST_USER) must be another login than the"
                        + " owner of the schema, maillage.db.user (" + owner + "): requests would pass the row-level security");
            }
            ensureLogin(connection, requestUser, owner);
            int walled = 0;
            for (Table table : tables(connection, schema, requestUser)) {
                if (!table.granted()) {
                    grant(connection, table.name(), requestUser);
                }
                if (table.tenantOwned()) {
                    if (!table.walled()) {
                        wall(connection, table.name(), owner);
                    }
                    walled++;
                }
            }
            if (!exists(connection, "select 1 where has_schema_privilege('" + requestUser.replace("'", "''") + "', ?, 'USAGE')", schema)) {
                execute(connection, "grant usage on schema " + id(schema) + " to " + id(requestUser));
            }
            execute(connection, "grant usage, select on all sequences in schema " + id(schema) + " to " + id(requestUser));
            connection.commit();
            int count = walled;
            LOG.info(() -> "Row-level security on " + count + " tenant-owned tables; requests connect as " + requestUser);
        } catch (SQLException e) {
            throw new IllegalStateException("The row-level security could not be put on the tenant-owned tables: " + e.getMessage(), e);
        }
    }

    private static void ensureLogin(Connection connection, String login, String owner) throws SQLException {
        if (!exists(connection, "select 1 from pg_roles where rolname = ?", login)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("savepoint login");
                statement.execute("create role " + id(login) + " login nosuperuser nocreatedb nocreaterole nobypassrls noinherit"
                        + " password '" + ConfiguredDataSource.requestPassword().replace("'", "''") + "'");
            } catch (SQLException e) {
                execute(connection, "rollback to savepoint login");
                if (!exists(connection, "select 1 from pg_roles where rolname = ?", login)) {   // else another instance made it
                    throw new SQLException("the request login " + login + " does not exist and " + owner + " may not create it ("
                            + e.getMessage() + "). Create it: create role " + login + " login password '…' (no superuser, no bypassrls),"
                            + " or give " + owner + " CREATEROLE, or set maillage.db.request-user to an existing login.", e);
                }
            }
        }
        try (PreparedStatement check = connection.prepareStatement(
                "select rolsuper, rolbypassrls, pg_has_role(rolname, ?, 'MEMBER') from pg_roles where rolname = ?")) {
            check.setString(1, owner);
            check.setString(2, login);
            try (ResultSet row = check.executeQuery()) {
                row.next();
                if (row.getBoolean(1) || row.getBoolean(2) || row.getBoolean(3)) {
                    throw new SQLException("the request login " + login + " could pass row-level security (superuser: " + row.getBoolean(1)
                            + ", bypassrls: " + row.getBoolean(2) + ", member of the owner " + owner + ": " + row.getBoolean(3)
                            + "); give requests a login with none of these (maillage.db.request-user).");
                }
            }
        }
    }

    /**
     * A table of the schema: whether it has a {@code tenant_id} column, whether it is walled already, whether the
     * request login has its grants already (tables done are left alone: no catalog write, no lock on a serving table).
     */
    private record Table(String name, boolean tenantOwned, boolean walled, boolean granted) {
    }

    private static List<Table> tables(Connection connection, String schema, String login) throws SQLException {
        List<Table> tables = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select c.relname, exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id'"
                        + " and not a.attisdropped), c.relrowsecurity and c.relforcerowsecurity"
                        + " and exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polname = '" + POLICY + "'),"
                        + " has_table_privilege(?, c.oid, case when c.relname like '%\\_schema\\_history' then 'SELECT' else 'DELETE' end)"
                        + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                        + " where n.nspname = ? and c.relkind in ('r', 'p') order by c.relname")) {
            select.setString(1, login);
            select.setString(2, schema);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tables.add(new Table(rows.getString(1), rows.getBoolean(2), rows.getBoolean(3), rows.getBoolean(4)));
                }
            }
        }
        return tables;
    }

    private static void grant(Connection connection, String table, String login) throws SQLException {
        execute(connection, table.endsWith("_schema_history")
                ? "grant select on " + id(table) + " to " + id(login)
                : "grant select, insert, update, delete on " + id(table) + " to " + id(login));
    }

    private static void wall(Connection connection, String table, String owner) throws SQLException {
        String rule = "(tenant_id = current_setting('" + SETTING + "', true) or current_user = '" + owner.replace("'", "''") + "')";
        execute(connection, "alter table " + id(table) + " enable row level security");
        execute(connection, "alter table " + id(table) + " force row level security");
        execute(connection, "drop policy if exists " + POLICY + " on " + id(table));
        execute(connection, "create policy " + POLICY + " on " + id(table) + " using " + rule + " with check " + rule);
    }

    private static String id(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String value(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static boolean exists(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }
}
