package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.platform.api.tenant.TenantWork;
import org.maillage.platform.persistence.control.Database;
import org.maillage.platform.tenancy.control.TenantRegistry;
import org.maillage.testkit.InTenant;

/**
 * The second wall, inside the deployed platform: PostgreSQL's row-level security keeps a cooperation's
 * transaction to its own rows even when the code forgets every tenant condition, as a buggy plugin would,
 * and the login of requests cannot lift it. The rows are the sample plugin's notes, written as the owner.
 */
@ExtendWith(ArquillianExtension.class)
class WallIT {

    private static final String ALLOW_NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-query";

    @Inject
    EntityManager em;

    @Inject
    InTenant inTenant;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantWork tenantWork;

    @Inject
    Database database;

    private String a;
    private String b;
    private String noteOfA;
    private String noteOfB;

    @BeforeEach
    void twoCooperationsWithANoteEach() throws Exception {
        a = "mur-a-" + UUID.randomUUID().toString().substring(0, 8);
        b = "mur-b-" + UUID.randomUUID().toString().substring(0, 8);
        inTenant.inTransaction(() -> registry.create(a, "A", List.of("56")));
        inTenant.inTransaction(() -> registry.create(b, "B", List.of("35")));
        noteOfA = ownerInserts(a);
        noteOfB = ownerInserts(b);
    }

    @Test
    void anUnfilteredSelectSeesOnlyItsOwnCooperationsRows() throws Exception {
        assertEquals(List.of(noteOfA), inTenant.as(a, () -> unfiltered("select id from sample_note")));
        assertEquals(List.of(noteOfB), inTenant.as(b, () -> unfiltered("select id from sample_note")));
        assertEquals(List.of(), inTenant.as(a, () -> unfiltered("select id from sample_note where id = '" + noteOfB + "'")));
        assertEquals(List.of(noteOfA), tenantWork.call(a, () -> inTenant.inTransaction(() -> unfiltered("select id from sample_note"))),
                "background work of a cooperation is walled the same way");
    }

    @Test
    void withoutACooperationNoTenantRowIsSeen() throws Exception {
        assertTrue(ownerCount() >= 2, "the owner sees every cooperation's notes");
        assertEquals(0L, inTenant.inTransaction(this::requestLoginCount), "a transaction of no cooperation");
        assertEquals(0L, requestLoginCount(), "no transaction at all");
        inTenant.as(a, () -> unfiltered("select id from sample_note"));
        assertEquals(0L, requestLoginCount(), "the cooperation of a finished transaction stays with it, not with the pooled connection");
    }

    @Test
    void rowsOfAnotherCooperationCannotBeWrittenNorChanged() throws Exception {
        assertThrows(PersistenceException.class, () -> inTenant.as(a, () -> write(
                "insert into sample_note (id, tenant_id, author_email, text, written_at) values ('" + UUID.randomUUID() + "', '" + b
                        + "', 'x@exemple.fr', 'intrus', now())")), "an insert for another cooperation");
        assertThrows(PersistenceException.class, () -> inTenant.as(a, () -> write(
                "update sample_note set tenant_id = '" + b + "' where id = '" + noteOfA + "'")), "moving a row to another cooperation");
        assertEquals(0, inTenant.as(a, () -> write("update sample_note set text = 'changé' where id = '" + noteOfB + "'")));
        assertEquals(1, inTenant.as(a, () -> write("delete from sample_note")), "A deleted its own note only");
        assertEquals(List.of(noteOfB), inTenant.as(b, () -> unfiltered("select id from sample_note where text = 'note'")));
    }

    @Test
    void theRequestLoginCannotLiftTheWall() throws Exception {
        String owner;
        try (Connection connection = database.ownerDataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select current_user")) {
            row.next();
            owner = row.getString(1);
        }
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery(
                    "select current_user, rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
                row.next();
                assertNotEquals(owner, row.getString(1), "requests do not connect as the owner of the tables");
                assertFalse(row.getBoolean(2), "superuser");
                assertFalse(row.getBoolean(3), "bypassrls");
            }
            for (String lift : List.of("alter table sample_note disable row level security",
                    "alter table sample_note no force row level security",
                    "drop policy maillage_tenant on sample_note",
                    "create policy everything on sample_note using (true)",
                    "alter table sample_note owner to current_user",
                    "set role \"" + owner + "\"",
                    "set session authorization \"" + owner + "\"",
                    "create table mur_escape as select * from sample_note")) {
                assertThrows(SQLException.class, () -> statement.execute(lift), lift);
            }
            statement.execute("reset role");
            try (ResultSet row = statement.executeQuery("select count(*) from sample_note")) {
                row.next();
                assertEquals(0L, row.getLong(1), "reset role gives nothing back: the login itself is walled");
            }
        }
    }

    @Test
    void everyTableWithATenantColumnIsWalled() throws Exception {
        List<String> unwalled = new ArrayList<>();
        List<String> walled = new ArrayList<>();
        try (Connection connection = database.ownerDataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select c.relname, c.relrowsecurity and c.relforcerowsecurity"
                     + " and exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polname = 'maillage_tenant')"
                     + " from pg_class c join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()"
                     + " where c.relkind in ('r', 'p') and exists (select 1 from pg_attribute a where a.attrelid = c.oid"
                     + " and a.attname = 'tenant_id' and not a.attisdropped)")) {
            while (rows.next()) {
                (rows.getBoolean(2) ? walled : unwalled).add(rows.getString(1));
            }
        }
        assertEquals(List.of(), unwalled);
        assertTrue(walled.containsAll(List.of("platform_tenant_setting", "platform_plugin_enablement", "sample_note")), walled.toString());
    }

    /** A native select with no tenant condition, through the plugin's own EntityManager. */
    @SuppressWarnings("unchecked")
    private List<String> unfiltered(String sql) {
        return em.createNativeQuery(sql).setHint(ALLOW_NATIVE_SQL, true).getResultList();
    }

    private int write(String sql) {
        return em.createNativeQuery(sql).setHint(ALLOW_NATIVE_SQL, true).executeUpdate();
    }

    private long requestLoginCount() throws SQLException {
        return count(database.dataSource());
    }

    private long ownerCount() throws SQLException {
        return count(database.ownerDataSource());
    }

    private static long count(javax.sql.DataSource source) throws SQLException {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select count(*) from sample_note")) {
            row.next();
            return row.getLong(1);
        }
    }

    private String ownerInserts(String tenant) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection connection = database.ownerDataSource().getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into sample_note (id, tenant_id, author_email, text, written_at) values (?, ?, 'x@exemple.fr', 'note', now())")) {
            insert.setString(1, id);
            insert.setString(2, tenant);
            insert.executeUpdate();
        }
        return id;
    }
}
