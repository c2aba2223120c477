package org.maillage.platform.persistence.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.postgres.ScratchDatabase;

/**
 * {@link TenantCache} on the platform's migrations in a fresh PostgreSQL database: a change written on another
 * connection (another instance, psql) evicts the entry through the trigger's NOTIFY; a rollback does not; a lost
 * listening connection stops the cache from serving anything until it is back.
 */
class TenantCacheOnPostgresTest {

    private static ScratchDatabase database;
    private static Connection other;
    private TenantCache cache;
    private final AtomicInteger loads = new AtomicInteger();

    @BeforeAll
    static void migrate() throws SQLException {
        database = ScratchDatabase.create();
        Flyway.configure().dataSource(database.url(), database.user(), database.password()).locations("classpath:db/migration/platform")
                .table("platform_schema_history").load().migrate();
        other = database.connect();
        sql("insert into platform_tenant (slug, display_name, status, created_at, updated_at, version)"
                + " values ('cache-a', 'A', 'ACTIVE', now(), now(), 1), ('cache-b', 'B', 'ACTIVE', now(), now(), 1)");
    }

    @AfterAll
    static void close() throws SQLException {
        other.close();
    }

    @BeforeEach
    void listen() {
        cache = new TenantCache();
        cache.start(database::connect);
        waitFor(cache::trusted, "the listener to connect");
    }

    @AfterEach
    void stop() {
        cache.stop();
    }

    @Test
    void aChangeCommittedOnAnotherConnectionEvictsTheEntry() throws SQLException {
        assertEquals("ACTIVE", status("cache-a"));
        assertEquals("ACTIVE", status("cache-a"));
        assertEquals(1, loads.get(), "the second read is served from the cache");
        sql("update platform_tenant set status = 'SUSPENDED' where slug = 'cache-a'");
        waitFor(() -> "SUSPENDED".equals(status("cache-a")), "the suspension to be seen");
        sql("update platform_tenant set status = 'ACTIVE' where slug = 'cache-a'");
        waitFor(() -> "ACTIVE".equals(status("cache-a")), "the reactivation to be seen");
    }

    @Test
    void anEnablementChangeEvictsOnlyThatCooperationsEnablement() throws SQLException {
        cache.get(TenantCache.enablementKey("cache-b"), loaded("x"));
        cache.get(TenantCache.tenantKey("cache-b"), loaded("ACTIVE"));
        int before = loads.get();
        sql("insert into platform_plugin_enablement (id, tenant_id, plugin_id, enabled_at) values ('e-b', 'cache-b', 'sample', now())");
        waitFor(() -> {
            cache.get(TenantCache.enablementKey("cache-b"), loaded("y"));
            return loads.get() > before;
        }, "the enablement to be evicted");
        int after = loads.get();
        cache.get(TenantCache.tenantKey("cache-b"), loaded("ACTIVE"));
        assertEquals(after, loads.get(), "the cooperation's status stayed cached");
    }

    @Test
    void aRolledBackChangeSendsNothing() throws Exception {
        status("cache-b");
        other.setAutoCommit(false);
        try (Statement statement = other.createStatement()) {
            statement.executeUpdate("update platform_tenant set status = 'SUSPENDED' where slug = 'cache-b'");
        } finally {
            other.rollback();
            other.setAutoCommit(true);
        }
        Thread.sleep(3 * TenantCache.POLL_MILLIS);
        status("cache-b");
        assertEquals(1, loads.get(), "still cached");
    }

    @Test
    void withoutItsListeningConnectionTheCacheServesNothing() throws Exception {
        status("cache-a");
        sql("select pg_terminate_backend(pid) from pg_stat_activity where query like 'LISTEN%' and pid <> pg_backend_pid()"
                + " and datname = current_database()");
        waitFor(() -> !cache.trusted(), "the loss to be seen");
        int before = loads.get();
        status("cache-a");
        status("cache-a");
        assertEquals(before + 2, loads.get(), "every read goes to the database");
        waitFor(cache::trusted, "the listener to come back");
        status("cache-a");
        assertEquals(before + 3, loads.get(), "it starts from an empty cache");
        status("cache-a");
        assertEquals(before + 3, loads.get());
    }

    private String status(String slug) {
        return cache.get(TenantCache.tenantKey(slug), () -> {
            loads.incrementAndGet();
            try (Statement statement = other.createStatement();
                 var rows = statement.executeQuery("select status from platform_tenant where slug = '" + slug + "'")) {
                return rows.next() ? rows.getString(1) : "";
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private java.util.function.Supplier<String> loaded(String value) {
        return () -> {
            loads.incrementAndGet();
            return value;
        };
    }

    private static void sql(String sql) throws SQLException {
        try (Statement statement = other.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) {
        long until = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < until, "waited 10 s for " + what);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
