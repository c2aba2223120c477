package org.maillage.experience.fiches.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.maillage.experience.network.control.NoticeWaiting;
import org.maillage.platform.api.logs.Redacted;
import org.maillage.platform.api.tenant.TenantWork;

/**
 * When notices are sent: at once after the transaction that wrote them commits (as the cooperation told, on an
 * executor thread: the request acts for another cooperation), and every {@code maillage.mail.poll-seconds} for
 * every cooperation that enabled the plugin, so that a restart or a failure loses nothing. The same poll sends the
 * week's {@link Digest} once.
 */
@ApplicationScoped
public class NoticeJobs {

    private static final Logger LOG = Logger.getLogger(NoticeJobs.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantWork tenantWork;

    @Inject
    NoticeMail noticeMail;

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

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeWaiting waiting) {
        executor.submit(() -> sendFor(waiting.cooperation()));
    }

    void tick() {
        try {
            for (String cooperation : tenantWork.tenantsWith(NoticeMail.PLUGIN)) {
                sendFor(cooperation);
                try {
                    tenantWork.call(cooperation, digest::send);
                } catch (Exception e) {
                    // another instance sent the week first (its row is unique), or the outbox refused: the next poll retries
                    LOG.warning(() -> "The experience digest of " + cooperation + " failed: " + Redacted.failure(e));
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // logged and swallowed: an exception leaving the task would cancel every later tick
            LOG.severe(() -> "The experience notices failed: " + Redacted.failure(e));
        }
    }

    private void sendFor(String cooperation) {
        try {
            if (tenantWork.enabledIn(cooperation, NoticeMail.PLUGIN)) {
                tenantWork.call(cooperation, noticeMail::send);
            }
        } catch (Exception e) {
            LOG.warning(() -> "The experience notices of " + cooperation + " failed: " + Redacted.failure(e));
        }
    }
}
