package org.maillage.platform.mail.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.mail.Mail;
import org.maillage.platform.api.mail.MailState;
import org.maillage.platform.api.mail.Message;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.platform.api.tenant.TenantContext;
import org.maillage.platform.mail.entity.OutboxMessage;

/**
 * The e-mails of the current cooperation waiting to be sent, sent, or given up, whichever plugin queued them:
 * the platform's {@link Mail}.
 *
 * <p>Claiming: an instance takes a message for one attempt with a conditional update —
 * {@code set lease_until = now + lease where id = ? and state = 'PENDING' and next_attempt_at <= now
 * and (lease_until is null or lease_until < now)} — and sends it only when the update changed one row.
 * The database serialises concurrent updates of a row: on PostgreSQL the second waits for the first to
 * commit and then re-checks the condition (read committed); so two instances never both
 * win a message. A crash between sending and recording lets the lease expire and the message is sent
 * again (at least once). Chosen over {@code FOR UPDATE SKIP LOCKED} because it needs no
 * database-specific SQL and no lock held while talking to the SMTP server.
 *
 * <p>Back-off: after the n-th failure the next attempt waits {@code retry-seconds × 2^(n-1)}, at most
 * an hour; after {@code max-attempts} the message is FAILED.
 */
@ApplicationScoped
public class Outbox implements Mail {

    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @Inject
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Inject
    Event<MailQueued> queued;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Inject
    @ConfigProperty(name = "maillage.mail.retry-seconds", defaultValue = "60")
    long retrySeconds;

    /** How long a claim on a message lasts: a message claimed by an instance that died is sent again after it. */
    @Inject
    @ConfigProperty(name = "maillage.mail.lease-seconds", defaultValue = "300")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "maillage.mail.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Override
    public String queue(Message message) {
        OutboxMessage added = new OutboxMessage(message, OffsetDateTime.now(ZoneOffset.UTC));
        em.persist(added);
        if (transaction.getResource(MailQueued.class) == null) { // once per transaction: a campaign queues thousands
            transaction.putResource(MailQueued.class, Boolean.TRUE);
            queued.fire(new MailQueued(tenant.slug()));
        }
        return added.id();
    }

    /** @return the messages, the latest first, of a state, plugin and reference (each: all when null) */
    public List<OutboxMessage> list(MailState state, String plugin, String reference, int max) {
        TypedQuery<OutboxMessage> query = em.createQuery("select m from OutboxMessage m" + where(state, plugin, reference)
                + " order by m.createdAt desc, m.id", OutboxMessage.class);
        parameters(query, state, plugin, reference);
        return query.setMaxResults(max).getResultList();
    }

    @Override
    public Map<MailState, Long> countByState(String plugin, String reference) {
        Map<MailState, Long> counts = new EnumMap<>(MailState.class);
        for (MailState state : MailState.values()) {
            counts.put(state, 0L);
        }
        TypedQuery<Object[]> query = em.createQuery("select m.state, count(m) from OutboxMessage m" + where(null, plugin, reference)
                + " group by m.state", Object[].class);
        parameters(query, null, plugin, reference);
        query.getResultList().forEach(row -> counts.put((MailState) row[0], (Long) row[1]));
        return counts;
    }

    private static String where(MailState state, String plugin, String reference) {
        return " where 1 = 1" + (state == null ? "" : " and m.state = :state") + (plugin == null ? "" : " and m.plugin = :plugin")
                + (reference == null ? "" : " and m.reference = :reference");
    }

    private static void parameters(TypedQuery<?> query, MailState state, String plugin, String reference) {
        if (state != null) {
            query.setParameter("state", state);
        }
        if (plugin != null) {
            query.setParameter("plugin", plugin);
        }
        if (reference != null) {
            query.setParameter("reference", reference);
        }
    }

    /** @throws ApiError 404 when the cooperation has no such message, 409 when it is not FAILED */
    public OutboxMessage retry(String id, OffsetDateTime now) {
        OutboxMessage message = Optional.ofNullable(em.find(OutboxMessage.class, id))
                .orElseThrow(() -> new ApiError(404, "Aucun message n’a l’identifiant « " + id + " » dans la boîte d’envoi."));
        if (message.state() != MailState.FAILED) {
            throw new ApiError(409, "Seul un message en échec peut être renvoyé ; celui-ci est "
                    + (message.state() == MailState.SENT ? "déjà envoyé." : "déjà en attente d’envoi."));
        }
        message.retry(now);
        return message;
    }

    @Override
    public int forget(String address) {
        return em.createQuery("delete from OutboxMessage m where m.recipient = :email")
                .setParameter("email", new Person(address).email())
                .executeUpdate();
    }

    /** @return the messages to the address, as the export of a person's data shows them (no body: it is the plugin's text) */
    public List<Map<String, Object>> export(String address) {
        return em.createQuery("select m from OutboxMessage m where m.recipient = :email order by m.createdAt, m.id", OutboxMessage.class)
                .setParameter("email", new Person(address).email())
                .getResultStream()
                .map(m -> Map.<String, Object>of("module", m.plugin(), "objet", m.subject(), "état", m.state().name(),
                        "mis en file le", m.createdAt().toString()))
                .toList();
    }

    /** @return the ids of messages due for an attempt, oldest first */
    @Transactional(TxType.REQUIRES_NEW)
    public List<String> due(OffsetDateTime now, int max) {
        return em.createQuery("select m.id from OutboxMessage m where m.state = :pending and m.nextAttemptAt <= :now"
                        + " and (m.leaseUntil is null or m.leaseUntil < :now) order by m.nextAttemptAt, m.id", String.class)
                .setParameter("pending", MailState.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /** @return the message when this instance won it for one attempt, else empty (see the class comment) */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<OutboxMessage> claim(String id, OffsetDateTime now) {
        int won = em.createQuery("update OutboxMessage m set m.leaseUntil = :until where m.id = :id and m.state = :pending"
                        + " and m.nextAttemptAt <= :now and (m.leaseUntil is null or m.leaseUntil < :now)")
                .setParameter("until", now.plus(Duration.ofSeconds(leaseSeconds)))
                .setParameter("id", id)
                .setParameter("pending", MailState.PENDING)
                .setParameter("now", now)
                .executeUpdate();
        if (won != 1) {
            return Optional.empty();
        }
        OutboxMessage message = em.find(OutboxMessage.class, id);
        em.refresh(message);
        em.detach(message);
        return Optional.of(message);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void sent(String id, OffsetDateTime now) {
        Optional.ofNullable(em.find(OutboxMessage.class, id)).ifPresent(m -> m.sent(now));
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void failed(String id, String error, OffsetDateTime now) {
        Optional.ofNullable(em.find(OutboxMessage.class, id)).ifPresent(m -> m.attemptFailed(error, retryAt(m.attempts() + 1, now)));
    }

    /** @return when to try again after the {@code failures}-th failure, or null to give up */
    OffsetDateTime retryAt(int failures, OffsetDateTime now) {
        if (failures >= maxAttempts) {
            return null;
        }
        long seconds = retrySeconds << Math.min(failures - 1, 20);
        return now.plusSeconds(Math.min(seconds, LONGEST_WAIT.toSeconds()));
    }
}
