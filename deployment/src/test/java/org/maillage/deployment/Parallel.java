package org.maillage.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Independent requests of one test sent a few at a time: a matrix of hundreds of reads or refusals waits on
 * the server's answers one after the other, while the server could answer several at once. Each item is
 * checked exactly as in a loop; the first failure (in the items' order) fails the test with its own message.
 */
final class Parallel {

    /** Requests in flight at once: the server, its database and this JVM share the machine's cores. */
    static final int REQUESTS = 4;

    private Parallel() {
    }

    /** @return {@code f} applied to each item, in the items' order */
    static <T, R> List<R> map(List<T> items, Function<T, R> f) {
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> f.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
