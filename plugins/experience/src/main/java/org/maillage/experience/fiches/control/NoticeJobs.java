package org.maillage.experience.fiches.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.maillage.experience.network.control.NoticeWaiting;
import org.maillage.platform.api.logs.Redacted;
import org.maillage.platform.api.tenant.TenantJobs;
import org.maillage.platform.api.tenant.TenantWork;

/**
 * When notices are sent: at once after the transaction that wrote them commits (as the cooperation told, on an
 * executor thread: the request acts for another cooperation), and every {@code maillage.mail.poll-seconds} in
 * every cooperation that enabled the plugin, as plugin jobs ({@link TenantJobs}), so that a restart or a failure
 * loses nothing. Another job sends the week's {@link Digest} once (its row is unique per week).
 */
@ApplicationScoped
public class NoticeJobs {

    private static final Logger LOG = Logger.getLogger(NoticeJobs.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    TenantJobs jobs;

    @Inject
    TenantWork tenantWork;

    @Inject
    NoticeMail noticeMail;

    @Inject
    Digest digest;

    @Inject
    @ConfigProperty(name = "maillage.mail.poll-seconds", defaultValue = "30")
    long pollSeconds;

    private final List<TenantJobs.Schedule> schedules = new ArrayList<>();

    public synchronized void start() {
        if (schedules.isEmpty()) {
            Duration every = Duration.ofSeconds(pollSeconds);
            schedules.add(jobs.schedule("experience.notices", NoticeMail.PLUGIN, Duration.ZERO, every, now -> noticeMail.send()));
            schedules.add(jobs.schedule("experience.digest", NoticeMail.PLUGIN, Duration.ZERO, every, now -> digest.send()));
        }
    }

    public synchronized void stop() {
        schedules.forEach(TenantJobs.Schedule::cancel);
        schedules.clear();
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeWaiting waiting) {
        executor.submit(() -> sendFor(waiting.cooperation()));
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
