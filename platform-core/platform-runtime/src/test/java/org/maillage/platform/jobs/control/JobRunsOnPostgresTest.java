package org.maillage.platform.jobs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.postgres.ScratchDatabase;

/**
 * The claims of job runs on the platform's migrations, in a fresh PostgreSQL database: several instances, each
 * with its own connection, as the platform's instances share one database.
 */
class JobRunsOnPostgresTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 6, 8, 0, 0, 0, ZoneOffset.UTC);
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static ScratchDatabase database;
    private static final List<Connection> connections = new ArrayList<>();

    @BeforeAll
    static void migrate() throws SQLException {
        database = ScratchDatabase.create();
        Flyway.configure().dataSource(database.url(), database.user(), database.password()).locations("classpath:db/migration/platform")
                .table("platform_schema_history").load().migrate();
        for (int i = 0; i < 4; i++) {
            connections.add(database.connect());
        }
    }

    @AfterAll
    static void close() throws SQLException {
        for (Connection connection : connections) {
            connection.close();
        }
    }

    @Test
    void ofInstancesClaimingTheSameRunAtTheSameTimeExactlyOneWins() throws Exception {
        for (int round = 0; round < 20; round++) {
            String job = job();
            CyclicBarrier together = new CyclicBarrier(connections.size());
            List<CompletableFuture<Boolean>> claims = new ArrayList<>();
            for (Connection connection : connections) {
                claims.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        together.await();
                        return JobRuns.claim(connection, job, "morbihan", UUID.randomUUID().toString(), T0, Duration.ZERO, LEASE);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            long won = 0;
            for (CompletableFuture<Boolean> claim : claims) {
                won += claim.get() ? 1 : 0;
            }
            assertEquals(1, won, "round " + round);
        }
    }

    @Test
    void aFinishedRunIsNotDueAgainBeforeItsPeriodWhicheverInstanceAsks() throws SQLException {
        String job = job();
        Connection a = connections.get(0);
        Connection b = connections.get(1);
        assertTrue(JobRuns.claim(a, job, "morbihan", "a", T0, Duration.ZERO, LEASE));
        JobRuns.finish(a, job, "morbihan", "a", T0.plusSeconds(5), Duration.ofDays(1), null);
        assertFalse(JobRuns.claim(b, job, "morbihan", "b", T0.plusHours(23), Duration.ZERO, LEASE), "a restarted or second instance waits for the period");
        assertTrue(JobRuns.claim(b, job, "morbihan", "b", T0.plusDays(1).plusSeconds(5), Duration.ZERO, LEASE));
        assertTrue(JobRuns.claim(a, job, "ille-et-vilaine", "a", T0, Duration.ZERO, LEASE), "each cooperation has its own runs");
    }

    @Test
    void aPairSeenForTheFirstTimeWaitsItsFirstDelay() throws SQLException {
        String job = job();
        Connection a = connections.get(0);
        assertFalse(JobRuns.claim(a, job, "morbihan", "a", T0, Duration.ofHours(1), LEASE));
        assertFalse(JobRuns.claim(a, job, "morbihan", "a", T0.plusMinutes(59), Duration.ofHours(1), LEASE));
        assertTrue(JobRuns.claim(a, job, "morbihan", "a", T0.plusHours(1), Duration.ofHours(1), LEASE));
    }

    @Test
    void theRunOfADeadInstanceIsTakenOverOnceItsLeaseHasPassedAndTheLateFinishChangesNothing() throws SQLException {
        String job = job();
        Connection a = connections.get(0);
        Connection b = connections.get(1);
        assertTrue(JobRuns.claim(a, job, "morbihan", "dead", T0, Duration.ZERO, LEASE));
        assertFalse(JobRuns.claim(b, job, "morbihan", "b", T0.plus(LEASE).minusSeconds(1), Duration.ZERO, LEASE));
        assertTrue(JobRuns.claim(b, job, "morbihan", "b", T0.plus(LEASE).plusSeconds(1), Duration.ZERO, LEASE));
        JobRuns.finish(a, job, "morbihan", "dead", T0.plus(LEASE).plusSeconds(2), Duration.ofDays(1), "trop tard");
        assertEquals("b", value(job, "taken_by"), "the late finish of the instance that lost its lease is ignored");
        JobRuns.finish(b, job, "morbihan", "b", T0.plus(LEASE).plusSeconds(3), Duration.ofDays(1), "Échec : boum");
        assertEquals("Échec : boum", value(job, "last_error"));
        assertEquals(null, value(job, "taken_by"));
    }

    private static String value(String job, String column) throws SQLException {
        try (Statement statement = connections.get(2).createStatement();
                ResultSet row = statement.executeQuery("select " + column + " from platform_job_run where job = '" + job + "'")) {
            assertTrue(row.next());
            return row.getString(1);
        }
    }

    private static String job() {
        return "test." + UUID.randomUUID();
    }
}
