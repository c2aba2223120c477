package org.maillage.onboarding.imports.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedExecutors;
import jakarta.enterprise.concurrent.ManagedTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;
import org.maillage.platform.api.logs.Redacted;
import org.maillage.platform.api.tenant.TenantWork;

/**
 * Starts imports in the background, one at a time per cooperation.
 *
 * <p>An import runs on the application server's managed executor, as its cooperation
 * ({@link TenantWork}), and deletes its uploaded file when it ends. A cooperation reserves its slot
 * before the upload is even read, so that a second import is refused at once (two imports of
 * overlapping files would race on the same addresses). A job's end is committed just before its task
 * releases the slot: a coordinator who sees it ended and uploads again at once takes the slot over. The slots live in memory: this instance is
 * the only one running imports, and a job whose slot is gone (the server restarted) is reported
 * interrupted by {@link ImportJobs}.
 */
@ApplicationScoped
public class ImportLauncher {

    private static final Logger LOG = Logger.getLogger(ImportLauncher.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    TenantWork tenantWork;

    @Inject
    ImportRun run;

    /** The import running or about to run, by cooperation. */
    private final Map<String, String> running = new ConcurrentHashMap<>();

    /**
     * @param finished whether a job id's import has reached its end (DONE or FAILED, committed): its
     *                 slot is taken over, as its task may not have released it yet
     * @return whether the cooperation had no import running and now holds the slot for {@code jobId}
     */
    public boolean reserve(String tenant, String jobId, Predicate<String> finished) {
        String holder = running.putIfAbsent(tenant, jobId);
        return holder == null || finished.test(holder) && running.replace(tenant, holder, jobId);
    }

    public void release(String tenant, String jobId) {
        running.remove(tenant, jobId);
    }

    public boolean running(String jobId) {
        return running.containsValue(jobId);
    }

    /** Runs the import in the background; the slot and the file are released when it ends. */
    public void launch(String tenant, String jobId, Path file) {
        Runnable task = () -> {
            try {
                tenantWork.call(tenant, () -> {
                    run.run(jobId, file);
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

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "Cannot delete the uploaded file " + file + ": " + Redacted.failure(e));
        }
    }
}
