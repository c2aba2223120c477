package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.maillage.testkit.Api.Reply;
import org.maillage.testkit.TestDatabase;

/**
 * Makes edits of one row overlap for sure: the test holds the row's lock in the database ({@code for no key
 * update}: the lock an update takes, which still lets rows that refer to it be inserted) while the requests
 * start, so each one reads the same version of the row and then waits at its update; the lock is released
 * once every request waits, and they commit one after the other on the same version.
 */
final class ConcurrentEdits {

    private ConcurrentEdits() {
    }

    /** @return the replies of the requests, started together while the row {@code id} of {@code table} is locked */
    static List<Reply> whileLocked(String table, String id, List<Callable<Reply>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try (Connection db = TestDatabase.get().connect()) {
            db.setAutoCommit(false);
            try (PreparedStatement lock = db.prepareStatement("select id from " + table + " where id = ? for no key update")) {
                lock.setString(1, id);
                try (ResultSet locked = lock.executeQuery()) {
                    assertEquals(true, locked.next(), "no row " + id + " in " + table);
                }
            }
            List<Future<Reply>> replies = new ArrayList<>();
            for (Callable<Reply> request : requests) {
                replies.add(pool.submit(request));
            }
            awaitWaiting(db, table, requests.size(), replies);
            db.commit();
            List<Reply> done = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                done.add(reply.get());
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits (60 s at most) until {@code count} sessions wait for a lock on an update of the table, or a request already answered. */
    private static void awaitWaiting(Connection db, String table, int count, List<Future<Reply>> replies) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        try (Connection watcher = TestDatabase.get().connect();
             PreparedStatement waiting = watcher.prepareStatement("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                     + " and datname = current_database() and query ilike ?")) {
            waiting.setString(1, "%update " + table + "%");
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet r = waiting.executeQuery()) {
                    r.next();
                    if (r.getInt(1) >= count || replies.stream().anyMatch(Future::isDone)) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
    }
}
