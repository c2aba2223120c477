package org.maillage.platform.mail.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.maillage.platform.api.logs.Redacted;
import org.maillage.platform.api.tenant.TenantContext;
import org.maillage.platform.api.tenant.TenantJobs;
import org.maillage.platform.api.tenant.TenantWork;
import org.maillage.platform.jobs.control.Jobs;
import org.maillage.platform.mail.entity.OutboxMessage;

/**
 * The sender: as soon as a transaction that queued messages commits ({@link MailQueued}), on an executor thread,
 * as that cooperation; and every {@code maillage.mail.poll-seconds}, for each active cooperation, the outbox's due
 * messages, whichever plugin queued them (retries, and what a restart left) — a platform job ({@link Jobs}),
 * started and stopped with the platform, one instance at a time per cooperation. {@link Outbox#claim} keeps a
 * message from being sent twice by the two. One drain at a time per cooperation on an instance: an instance that dies
 * leaves at most one message of a cooperation sent and not recorded (sent again once its claim lapses); the job's run
 * is skipped while that instance drains the cooperation, and a message queued meanwhile waits for the drain under
 * way to end, then has one of its own. No transaction is open while talking to the SMTP server.
 */
@ApplicationScoped
public class Sender {

    private static final Logger LOG = Logger.getLogger(Sender.class.getName());
    static final int BATCH = 50;
    static final int BATCHES_PER_TICK = 20;

    @Inject
    Jobs jobs;

    @Inject
    Outbox outbox;

    @Inject
    MailServer mail;

    @Inject
    TenantWork tenantWork;

    @Inject
    TenantContext tenant;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "maillage.mail.poll-seconds", defaultValue = "30")
    long pollSeconds;

    private volatile TenantJobs.Schedule schedule;
    /** The cooperations whose sending is waiting on the executor: one wait at a time each. */
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    /** Each cooperation's drain on this instance: one at a time. */
    private final Map<String, Lock> draining = new ConcurrentHashMap<>();

    public synchronized void start() {
        if (schedule == null) {
            schedule = jobs.everyCooperation("platform.mail", Duration.ZERO, Duration.ofSeconds(pollSeconds), now -> tick());
        }
    }

    public synchronized void stop() {
        if (schedule != null) {
            schedule.cancel();
            schedule = null;
        }
    }

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        if (schedule != null && waiting.add(queued.cooperation())) {
            executor.submit(() -> sendNow(queued.cooperation()));
        }
    }

    private void sendNow(String cooperation) {
        Lock drain = drainOf(cooperation);
        drain.lock();
        try {
            waiting.remove(cooperation); // from here, a message queued anew asks for a drain of its own
            tenantWork.call(cooperation, () -> {
                drainIfConfigured();
                return null;
            });
        } catch (Exception | LinkageError e) {
            LOG.info(() -> "The messages of " + cooperation + " wait for the sender's next run: " + Redacted.failure(e));
        } finally {
            drain.unlock();
        }
    }

    /** The job's run for the cooperation bound: nothing to add while this instance drains it already. */
    private void tick() {
        Lock drain = drainOf(tenant.slug());
        if (drain.tryLock()) {
            try {
                drainIfConfigured();
            } finally {
                drain.unlock();
            }
        }
    }

    private Lock drainOf(String cooperation) {
        return draining.computeIfAbsent(cooperation, c -> new ReentrantLock());
    }

    /** Sends what is due when a mail server is configured (else the messages wait, PENDING). */
    private void drainIfConfigured() {
        if (mail.configured()) {
            drain();
        }
    }

    /** Sends what is due, batch after batch, while messages are won. */
    private void drain() {
        for (int batch = 0; batch < BATCHES_PER_TICK; batch++) {
            List<String> due = outbox.due(now(), BATCH);
            int won = 0;
            for (String id : due) {
                Optional<OutboxMessage> claimed = outbox.claim(id, now());
                if (claimed.isPresent()) {
                    won++;
                    send(claimed.get());
                }
            }
            if (due.size() < BATCH || won == 0) {
                return;
            }
        }
    }

    void send(OutboxMessage message) {
        try {
            mail.send(message);
            outbox.sent(message.id(), now());
        } catch (MessagingException | RuntimeException | LinkageError e) {
            LOG.info(() -> "Message " + message.id() + " not sent: " + Redacted.failure(e));
            outbox.failed(message.id(), describe(e), now());
        }
    }

    /** @return the failure as a coordinator reads it: the SMTP server's words, prefixed in French */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder("Échec de l’envoi : ").append(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null) {
            text.append(" (").append(cause.getMessage()).append(")");
        }
        return Redacted.text(text.toString().replaceAll("\\s+", " ").trim());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
