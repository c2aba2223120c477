package org.maillage.platform.http.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The turns of heavy requests ({@link org.maillage.platform.api.http.Heavy}), per cooperation, on this instance: at
 * most {@code max} at once; a request waits up to {@code waitMillis} for a turn. A turn is given back exactly once.
 */
@ApplicationScoped
public class HeavyPermits {

    private final Map<String, Semaphore> turns = new ConcurrentHashMap<>();
    private volatile int max = -1;

    /** @return the turn to give back when the request ends, or empty when none came in time */
    public Optional<Runnable> take(String cooperation, int max, long waitMillis) {
        Semaphore semaphore = semaphore(cooperation, max);
        try {
            if (!semaphore.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        Semaphore taken = semaphore;
        boolean[] given = {false};
        return Optional.of(() -> {
            synchronized (given) {
                if (!given[0]) {
                    given[0] = true;
                    taken.release();
                }
            }
        });
    }

    /** A change of the configured bound starts new counts; turns taken before are given back to their old count. */
    private Semaphore semaphore(String cooperation, int max) {
        if (max != this.max) {
            synchronized (this) {
                if (max != this.max) {
                    turns.clear();
                    this.max = max;
                }
            }
        }
        return turns.computeIfAbsent(cooperation, c -> new Semaphore(max, true));
    }
}
