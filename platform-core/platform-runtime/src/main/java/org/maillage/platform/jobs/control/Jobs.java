package org.maillage.platform.jobs.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.maillage.platform.api.logs.Redacted;
import org.maillage.platform.api.tenant.TenantJobs;
import org.maillage.platform.api.tenant.TenantWork;
import org.maillage.platform.persistence.control.Database;
import org.maillage.platform.tenancy.control.Tenants;
import org.maillage.platform.tenancy.entity.Tenant;
import org.maillage.platform.tenancy.entity.TenantStatus;

/**
 * The platform's {@link TenantJobs}, and the same schedules for the platform's own work: every active cooperation
 * ({@link #everyCooperation}) or the network as a whole ({@link #network}).
 *
 * <p>Each schedule wakes on this instance every {@code every}, at most every {@link #LONGEST_NAP}, and runs what it
 * wins in {@link JobRuns}; the period itself is kept in the database, so it holds across instances and restarts.
 * The claims are made on the request login's pool outside any transaction and cooperation (the table is not
 * walled). An exception never leaves a tick: it would cancel the schedule's later ticks.
 */
@ApplicationScoped
public class Jobs implements TenantJobs {

    static final Duration LONGEST_NAP = Duration.ofMinutes(1);
    /** A class's qualified name (org.example.Thing, java.lang.Thing$Inner) or a simple name of an exception or error. */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][\\w$]*|\\b[A-Z]\\w*(?:Exception|Error|Throwable)\\b");
    private static final Logger LOG = Logger.getLogger(Jobs.class.getName());

    private final String instance = UUID.randomUUID().toString();

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantWork tenantWork;

    @Inject
    Tenants tenants;

    @Inject
    Database database;

    /** {@link TenantJobs#LEASE} unless {@code maillage.jobs.lease-seconds} says otherwise. */
    @Inject
    @ConfigProperty(name = "maillage.jobs.lease-seconds", defaultValue = "600")
    long leaseSeconds;

    @Override
    public Schedule schedule(String name, String pluginId, Duration firstAfter, Duration every, Job job) {
        return start(name, firstAfter, every, () -> tenantWork.tenantsWith(pluginId), job);
    }

    /** Schedules platform work for every active cooperation, as {@link #schedule} does for a plugin's. */
    public Schedule everyCooperation(String name, Duration firstAfter, Duration every, Job job) {
        return start(name, firstAfter, every, () -> tenants.list(TenantStatus.ACTIVE).stream().map(Tenant::slug).toList(), job);
    }

    /** Schedules platform work done once for the whole network, with no cooperation bound. */
    public Schedule network(String name, Duration firstAfter, Duration every, Job job) {
        return start(name, firstAfter, every, () -> List.of(""), job);
    }

    private Schedule start(String name, Duration firstAfter, Duration every, Supplier<List<String>> cooperations, Job job) {
        long nap = Math.max(1, Math.min(every.toMillis(), LONGEST_NAP.toMillis()));
        ScheduledFuture<?> task = scheduler.scheduleWithFixedDelay(() -> tick(name, firstAfter, every, cooperations, job),
                nap, nap, TimeUnit.MILLISECONDS);
        return () -> task.cancel(false);
    }

    void tick(String name, Duration firstAfter, Duration every, Supplier<List<String>> cooperations, Job job) {
        try {
            OffsetDateTime now = now();
            for (String cooperation : cooperations.get()) {
                if (claim(name, cooperation, now, firstAfter)) {
                    String error = run(name, cooperation, now, job);
                    finish(name, cooperation, every, error);
                }
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.severe(() -> "The job " + name + " failed: " + Redacted.failure(e));
        }
    }

    /** @return what failed, redacted, or null */
    private String run(String name, String cooperation, OffsetDateTime now, Job job) {
        try {
            if (cooperation.isEmpty()) {
                job.run(now);
            } else {
                tenantWork.call(cooperation, () -> {
                    job.run(now);
                    return null;
                });
            }
            return null;
        } catch (Exception e) {
            LOG.warning(() -> "The job " + name + (cooperation.isEmpty() ? "" : " of " + cooperation) + " failed: " + Redacted.failure(e));
            return readable(e);
        }
    }

    /**
     * @return what failed as network admins read it on {@code /api/jobs}: the messages of the failure and its causes,
     *         addresses masked, without the Java names the server's log keeps (a message that only repeats its
     *         cause's class and message is left out)
     */
    static String readable(Throwable failure) {
        Set<String> said = new LinkedHashSet<>();
        for (Throwable t = failure; t != null && said.size() < 5; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && (t.getCause() == null || !message.equals(t.getCause().toString()))) {
                said.add(JAVA_NAME.matcher(Redacted.text(message)).replaceAll("…").replaceAll("\\s+", " ").strip());
            }
        }
        said.remove("");
        return said.isEmpty() ? "Échec sans message (le journal du serveur en dit plus)" : String.join(" ← ", said);
    }

    /** @return where every job stands, on every instance */
    public List<JobRun> runs() {
        try (Connection connection = database.dataSource().getConnection()) {
            return JobRuns.list(connection, now());
        } catch (SQLException e) {
            throw new IllegalStateException("The runs of the jobs cannot be read", e);
        }
    }

    private boolean claim(String name, String cooperation, OffsetDateTime now, Duration firstAfter) {
        try (Connection connection = database.dataSource().getConnection()) {
            return JobRuns.claim(connection, name, cooperation, instance, now, firstAfter, Duration.ofSeconds(leaseSeconds));
        } catch (SQLException e) {
            throw new IllegalStateException("The runs of " + name + " cannot be read", e);
        }
    }

    private void finish(String name, String cooperation, Duration every, String error) {
        try (Connection connection = database.dataSource().getConnection()) {
            JobRuns.finish(connection, name, cooperation, instance, now(), every, error);
        } catch (SQLException e) {
            throw new IllegalStateException("The run of " + name + " cannot be recorded", e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
