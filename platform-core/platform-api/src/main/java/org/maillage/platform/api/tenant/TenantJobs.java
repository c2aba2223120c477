package org.maillage.platform.api.tenant;

import java.time.Duration;

/**
 * Scheduled work of a plugin, run for each cooperation that enabled it. Injected with {@code @Inject TenantJobs};
 * a plugin schedules its jobs in {@code Plugin.start()} and cancels them in {@code stop()}.
 *
 * <p>Rules the platform keeps, so a plugin writes none of them:
 * <ul>
 * <li>The job runs as each cooperation in turn ({@link TenantWork}): its {@code EntityManager}s, events and outbox
 *     are that cooperation's. Only active cooperations where the plugin is started and enabled are visited.</li>
 * <li><b>Once across the platform's instances:</b> a run of a job for a cooperation is claimed in the database with
 *     a lease; however many instances run, one of them runs it per period. The next run is due {@code every} after
 *     the end of the last one, and a restart does not run it again early.</li>
 * <li>An instance that dies during a run leaves its lease to expire ({@link #LEASE}); another instance then runs
 *     it. So a run may be repeated after a crash: a job must be safe to run again (claim what it sends, key what it
 *     writes).</li>
 * <li>A failure in one cooperation is logged (redacted) and recorded; the other cooperations and the next runs go on.</li>
 * </ul>
 */
public interface TenantJobs {

    /**
     * How long a run holds its claim by default: the longest wait before another instance takes over the run of a dead
     * one. An operator may shorten it ({@code maillage.jobs.lease-seconds}) when every run is much shorter.
     */
    Duration LEASE = Duration.ofMinutes(10);

    /**
     * Schedules a job for every cooperation where the plugin {@code pluginId} is enabled.
     *
     * @param name       a stable id, unique on the platform, such as {@code "onboarding.digest"}: it keys the
     *                   job's runs in the database
     * @param firstAfter how long after a cooperation is first seen its first run is due
     * @param every      the period between the end of a run and the next, for each cooperation
     * @return the schedule, to cancel when the plugin stops
     */
    Schedule schedule(String name, String pluginId, Duration firstAfter, Duration every, Job job);

    /** A job's work for one cooperation, called with the cooperation bound. */
    @FunctionalInterface
    interface Job {
        /** @param now the time of the run, the same for every cooperation of one round */
        void run(java.time.OffsetDateTime now) throws Exception;
    }

    /** A scheduled job on this instance. */
    interface Schedule {
        /** Stops running the job on this instance; a run under way finishes. */
        void cancel();
    }
}
