package org.maillage.platform.mail.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.maillage.platform.api.logs.Redacted;
import org.maillage.platform.api.tenant.TenantWork;
import org.maillage.platform.mail.entity.OutboxMessage;
import org.maillage.platform.tenancy.control.Tenants;
import org.maillage.platform.tenancy.entity.Tenant;
import org.maillage.platform.tenancy.entity.TenantStatus;

/**
 * The background sender: every {@code maillage.mail.poll-seconds}, for each active cooperation, as that
 * cooperation ({@link TenantWork}), sends the outbox's due messages, whichever plugin queued them. Started and
 * stopped with the platform. Every instance of the platform runs it; {@link Outbox#claim} keeps them from
 * sending a message twice. No transaction is open while talking to the SMTP server.
 */
@ApplicationScoped
public class Sender {

    private static final Logger LOG = Logger.getLogger(Sender.class.getName());
    static final int BATCH = 50;
    static final int BATCHES_PER_TICK = 20;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantWork tenantWork;

    @Inject
    Tenants tenants;

    @Inject
    Outbox outbox;

    @Inject
    MailServer mail;

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
            if (!mail.configured()) {
                return;
            }
            for (Tenant cooperation : tenants.list(TenantStatus.ACTIVE)) {
                String slug = cooperation.slug();
                try {
                    tenantWork.call(slug, () -> {
                        drain();
                        return null;
                    });
                } catch (Exception e) {
                    LOG.warning(() -> "The outbox of " + slug + " failed: " + Redacted.failure(e));
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // logged and swallowed: an exception leaving the task would cancel every later tick
            LOG.severe(() -> "The mail sender failed: " + Redacted.failure(e));
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
