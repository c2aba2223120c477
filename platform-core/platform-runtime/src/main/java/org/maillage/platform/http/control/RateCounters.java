package org.maillage.platform.http.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window request counters, in memory, per instance. A key is a limit's name, what it counts
 * (client, person, cooperation, header) and the counted value; expired windows are dropped once the
 * map grows, so its size stays bounded by the traffic of one window.
 */
@ApplicationScoped
public class RateCounters {

    private static final int SWEEP_ABOVE = 20_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    Clock clock = Clock.systemUTC();

    private record Window(long start, int count) {
    }

    /**
     * Counts one request under the key.
     *
     * @return empty when within the limit; else the seconds until the window ends
     */
    public OptionalLong hit(String key, int limit, int windowSeconds) {
        long now = clock.millis();
        long length = windowSeconds * 1000L;
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(w -> now - w.start() >= length);
        }
        Window counted = windows.compute(key, (k, w) -> w == null || now - w.start() >= length
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
        if (counted.count() <= limit) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (counted.start() + length - now + 999) / 1000));
    }
}
