package org.maillage.onboarding.mail.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.maillage.onboarding.settings.OnboardingSettings;
import org.maillage.platform.api.logs.Redacted;
import org.maillage.platform.api.tenant.TenantWork;

/**
 * Queues the daily digests: every {@code maillage.mail.poll-seconds}, for each cooperation that enabled the
 * plugin, as that cooperation ({@link TenantWork}), queues the digest when it is due in the platform's outbox,
 * which sends it. Started and stopped with the plugin. Every instance of the platform runs it; {@link Digest}
 * keeps them from queuing a day twice.
 */
@ApplicationScoped
public class DigestJobs {

    private static final Logger LOG = Logger.getLogger(DigestJobs.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantWork tenantWork;

    @Inject
    Digest digest;

    @Inject
    @ConfigProperty(name = "maillage.mail.poll-seconds", defaultValue = "30")
    long pollSeconds;

    private ScheduledFuture<?> task;

    public synchronized void start() {
        if (task == null) {
            task = scheduler.scheduleWithFixedDelay(this::tick, pollSeconds, pollSeconds, TimeUnit.SECONDS);
        }
    }

    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    void tick() {
        try {
            for (String slug : tenantWork.tenantsWith(OnboardingSettings.ID)) {
                try {
                    tenantWork.call(slug, () -> {
                        queueDigest();
                        return null;
                    });
                } catch (Exception e) {
                    LOG.warning(() -> "The digest of " + slug + " failed: " + Redacted.failure(e));
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // logged and swallowed: an exception leaving the task would cancel every later tick
            LOG.severe(() -> "The digest jobs failed: " + Redacted.failure(e));
        }
    }

    private void queueDigest() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate day = digest.dueDay(now);
        if (day == null || digest.queued(day)) {
            return;
        }
        try {
            digest.queue(day, now);
        } catch (RuntimeException e) {
            if (!digest.queued(day)) {
                throw e;
            }
            // another instance queued it first: the day's key refused this one
        }
    }
}
