package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.postgres.EmbeddedPostgres;
import org.maillage.testkit.Api;
import org.maillage.testkit.Api.Reply;
import org.maillage.testkit.ServerLog;

/**
 * A fault: PostgreSQL stops, then starts again, under a bounded load of writes and reads. While it is down,
 * every request fails cleanly and soon (503 in the error shape, never a 500, never a wait: each writer meets a
 * refusal within {@value #REFUSED_WITHIN} s) and readiness is DOWN; once it is back, requests succeed again
 * without restarting anything; every write that was acknowledged (201) is there afterwards.
 *
 * <p>It runs in the {@code end-to-end} execution, whose server is on the test kit's embedded PostgreSQL of this JVM
 * ({@code MAILLAGE_TEST_PG_URL} is emptied for that execution): the test stops a database the run owns, never the
 * machine's server, which the other execution (and other people) share; and it costs no server start of its own.
 * The classes of that execution run one after the other, so none is served while the database is down, and those
 * after it are served by a platform that came back from the fault. Signed in through the run's Keycloak, as the
 * execution's platform trusts it only.
 */
@Tag(EndToEndSuite.TAG)
@NeedsKeycloak
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseRestartIT {

    private static final int WRITERS = 4;

    /** Seconds within which, the database down, every writer has met a refusal. */
    private static final int REFUSED_WITHIN = 5;

    @ArquillianResource
    URL base;

    @Test
    void requestsFailCleanlyWhileTheDatabaseIsDownThenRecoverAndNoAcknowledgedWriteIsLost() throws Exception {
        String configured = System.getenv("MAILLAGE_TEST_PG_URL");
        assertTrue(configured == null || configured.isBlank(), "this test stops the database: it runs on the test kit's embedded "
                + "PostgreSQL only (execution 'end-to-end'), never on " + configured);
        EmbeddedPostgres database = EmbeddedPostgres.temporary();
        String slug = Api.at(base).as(KeycloakEndToEndIT.password("national")).newCooperation("panne-pg", "56", "sample");
        String membership = KeycloakMemberships.join("coord56", slug, "coordinator");
        try {
            underLoad(database, slug, Api.at(base).as(KeycloakEndToEndIT.password("coord56")));
        } finally {
            KeycloakMemberships.leave(membership);
        }
    }

    private void underLoad(EmbeddedPostgres database, String slug, Api coordinator) throws Exception {
        String notes = "/api/tenants/" + slug + "/sample/notes";

        Set<String> acknowledged = Collections.synchronizedSet(new java.util.LinkedHashSet<>());
        List<String> unclean = Collections.synchronizedList(new ArrayList<>());
        Set<String> refusedWriters = Collections.synchronizedSet(new java.util.HashSet<>());
        AtomicInteger afterRestart = new AtomicInteger();
        AtomicBoolean restarted = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(load.submit(() -> {
                while (!stop.get()) {
                    String text = "note-" + sequence.incrementAndGet() + "-fin";
                    Reply reply = timed("a write", () -> coordinator.post(notes, "{\"author\": \"panne@exemple.fr\", \"text\": \"" + text + "\"}"), unclean);
                    if (reply.status() == 201) {
                        acknowledged.add(text);
                        if (restarted.get()) {
                            afterRestart.incrementAndGet();
                        }
                    } else if (refusedCleanly(reply)) {
                        refusedWriters.add(Thread.currentThread().getName());
                    } else {
                        unclean.add(reply.status() + " " + HostileRequests.abbreviate(reply.body()));
                    }
                    Reply read = timed("a read", () -> coordinator.get(notes), unclean);
                    if (refusedCleanly(read)) {
                        refusedWriters.add(Thread.currentThread().getName());
                    } else if (read.status() != 200) {
                        unclean.add("read: " + read.status() + " " + HostileRequests.abbreviate(read.body()));
                    }
                }
                return null;
            }));
        }
        try {
            Thread.sleep(3000);
            assertTrue(acknowledged.size() > 0, "writes succeed before the fault");
            database.stop();
            Thread.sleep(1000);
            Reply ready = Api.at(base).getAny("/health/ready");
            assertEquals(503, ready.status(), "readiness is DOWN while the database is: " + ready);
            Instant deadline = Instant.now().plusSeconds(REFUSED_WITHIN);
            while (refusedWriters.size() < WRITERS && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertEquals(WRITERS, refusedWriters.size(), "writers refused (503) within " + REFUSED_WITHIN + " s of the fault: "
                    + refusedWriters + " (a request waits on a database that is down)");
            database.start();
            restarted.set(true);
            OnboardingFixture.waitFor("readiness UP again", () -> Api.at(base).getAny("/health/ready").status() == 200 ? true : null);
            OnboardingFixture.waitFor("writes succeed again", () -> afterRestart.get() >= 10 ? true : null);
        } finally {
            if (database.folder().toFile().exists()) {
                database.start(); // at once when it runs: a failed check above never leaves the next classes without a database
            }
            stop.set(true);
            load.shutdown();
            assertTrue(load.awaitTermination(60, TimeUnit.SECONDS), "the load ends");
            if (!database.folder().toFile().exists()) {
                throw new AssertionError("the embedded database's folder is gone");
            }
        }
        for (Future<?> writer : writers) {
            writer.get();
        }

        List<String> stored = coordinator.get(notes).array().stream().map(JsonValue::asJsonObject).map(n -> n.getString("text")).toList();
        // the fixture plugins decorate a note's text: an acknowledged note is one whose text holds what was sent
        List<String> lost = acknowledged.stream()
                .filter(text -> stored.stream().noneMatch(s -> s.toLowerCase(java.util.Locale.ROOT).contains(text))).toList();
        assertAll(
                () -> assertEquals(List.of(), lost, "acknowledged writes lost (of " + acknowledged.size() + ")"),
                () -> assertEquals(List.of(), unclean.stream().distinct().limit(10).toList(),
                        "requests that failed otherwise than with a clean 503" + serverLogOf(unclean)));
    }

    /** @return the answer to {@code request}, noted in {@code unclean} when it took over 20 s (a hang) */
    private static Reply timed(String what, Supplier<Reply> request, List<String> unclean) {
        Instant sent = Instant.now();
        Reply reply = request.get();
        Duration took = Duration.between(sent, Instant.now());
        if (took.toSeconds() > 20) {
            unclean.add(what + " took " + took);
        }
        return reply;
    }

    private static boolean refusedCleanly(Reply reply) {
        return reply.status() == 503 && HostileRequests.errorShapeProblem(reply) == null;
    }

    /** @return what the server logged about the first unexpected error among {@code unclean}, to say why */
    private String serverLogOf(List<String> unclean) {
        if (unclean.isEmpty()) {
            return "";
        }
        String log = ServerLog.of(base);
        java.util.regex.Matcher reference = java.util.regex.Pattern.compile("référence ([0-9a-f-]{36})").matcher(String.join(" ", unclean));
        int at = reference.find() ? log.indexOf(reference.group(1)) : -1;
        return "\nThe server's log" + (at < 0 ? ", its end:\n" + log.substring(Math.max(0, log.length() - 12_000))
                : ":\n" + log.substring(at, Math.min(log.length(), at + 6000)));
    }
}
