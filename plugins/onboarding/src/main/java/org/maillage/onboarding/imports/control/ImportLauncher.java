package org.maillage.onboarding.imports.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedExecutors;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.maillage.platform.api.logs.Redacted;
import org.maillage.platform.api.tenant.TenantWork;

/**
 * Starts imports in the background, one at a time per cooperation across every instance.
 *
 * <p>An import runs on the application server's managed executor of the instance that received its file, as its
 * cooperation ({@link TenantWork}), and deletes the file when it ends. A cooperation's slot is a row of
 * {@link ImportSlots}, reserved before the upload is even read, so that a second import is refused at once — by
 * whichever instance receives it. This instance renews the lease of the imports it holds every
 * {@link ImportSlots#RENEWAL}; an import whose instance died stops being renewed and, {@link ImportSlots#LEASE} later,
 * is reported failed (interrupted) by whoever reads it or takes the slot. It is never taken over: its file was on
 * the dead instance's disk, and importing it again is harmless (merging is idempotent). The only state kept here
 * is the list of imports this JVM runs itself, for the renewals.
 */
@ApplicationScoped
public class ImportLauncher {

    private static final Logger LOG = Logger.getLogger(ImportLauncher.class.getName());

    /** This instance, as named in the slots it holds. */
    final String instance = UUID.randomUUID().toString();

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantWork tenantWork;

    @Inject
    ImportRun run;

    @Inject
    ImportSlots slots;

    /** The imports this instance holds a slot for, with their cooperation: what it renews. */
    private final Map<String, String> held = new ConcurrentHashMap<>();

    private ScheduledFuture<?> renewals;

    @PostConstruct
    void start() {
        long every = ImportSlots.RENEWAL.toMillis();
        renewals = scheduler.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (renewals != null) {
            renewals.cancel(false);
        }
    }

    /** @return whether the cooperation had no import running on any instance and now holds the slot for {@code jobId} */
    public boolean reserve(String tenant, String jobId) {
        held.put(jobId, tenant);
        boolean won = false;
        try {
            won = slots.reserve(tenant, jobId, instance);
            return won;
        } finally {
            if (!won) {
                held.remove(jobId);
            }
        }
    }

    public void release(String tenant, String jobId) {
        held.remove(jobId);
        try {
            tenantWork.call(tenant, () -> {
                slots.release(jobId, instance);
                return null;
            });
        } catch (Exception e) {
            LOG.warning(() -> "Cannot release the import slot of " + tenant + " (it lapses by itself): " + Redacted.failure(e));
        }
    }

    /** @return whether an instance, this one or another, runs the import now */
    public boolean running(String jobId) {
        return held.containsKey(jobId) || slots.live(jobId);
    }

    /** Runs the import in the background; the slot and the file are released when it ends. */
    public void launch(String tenant, String jobId, Path file) {
        Runnable task = () -> {
            try {
                tenantWork.call(tenant, () -> {
                    run.run(jobId, file, instance);
                    return null;
                });
            } catch (Exception e) {
                LOG.severe(() -> "Import " + jobId + " of " + tenant + " could not run: " + Redacted.failure(e));
            } finally {
                delete(file);
                release(tenant, jobId);
            }
        };
        try {
            executor.execute(ManagedExecutors.managedTask(task, Map.of(ManagedTask.LONGRUNNING_HINT, "true",
                    ManagedTask.IDENTITY_NAME, "onboarding-import-" + jobId), null));
        } catch (RejectedExecutionException e) {
            delete(file);
            release(tenant, jobId);
            throw e;
        }
    }

    /** Renews the lease of every import this instance holds; never throws, or the schedule would stop. */
    void renew() {
        held.forEach((jobId, tenant) -> {
            try {
                boolean kept = tenantWork.call(tenant, () -> slots.renew(jobId, instance));
                if (!kept) {
                    LOG.warning(() -> "Import " + jobId + " of " + tenant + " lost its slot (lease lapsed): it stops at its next chunk.");
                }
            } catch (Exception | LinkageError e) {
                LOG.warning(() -> "Cannot renew the lease of import " + jobId + ": " + Redacted.failure(e));
            }
        });
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "Cannot delete the uploaded file " + file + ": " + Redacted.failure(e));
        }
    }
}
