package org.maillage.platform.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * How many refused requests the audit writes, so that a flood of refusals cannot fill the table: within
 * one minute, the same refusal (cooperation, caller, action) is written once, and no more than
 * {@value #PER_MINUTE} refusals in all ({@code 120} by default, read at each use); the rest are counted,
 * and the count is logged when the minute ends. In memory, per instance.
 */
@ApplicationScoped
public class RefusalBudget {

    public static final String PER_MINUTE = "maillage.audit.refusals-per-minute";

    private static final Logger LOG = Logger.getLogger(RefusalBudget.class.getName());
    private static final long MINUTE = 60_000;

    @Inject
    Config config;

    Clock clock = Clock.systemUTC();

    private long window = -1;
    private final Set<String> seen = new HashSet<>();
    private int dropped;

    /** @return whether this refusal should be written (and counts it); false when already written this minute or over budget */
    public synchronized boolean admit(String tenant, String subject, String action) {
        long now = clock.millis() / MINUTE;
        if (now != window) {
            if (dropped > 0) {
                LOG.warning(dropped + " refused requests were not written to the audit in the last minute (over "
                        + limit() + " a minute, or repeated)");
            }
            window = now;
            seen.clear();
            dropped = 0;
        }
        String refusal = tenant + '\n' + subject + '\n' + action;
        // a repeated refusal, the bulk of a flood, is dropped before the budget is read (a configuration lookup)
        if (seen.contains(refusal) || seen.size() >= limit()) {
            dropped++;
            return false;
        }
        seen.add(refusal);
        return true;
    }

    int limit() {
        return config.getOptionalValue(PER_MINUTE, Integer.class).orElse(120);
    }
}
