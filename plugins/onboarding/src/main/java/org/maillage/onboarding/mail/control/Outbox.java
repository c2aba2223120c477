package org.maillage.onboarding.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.maillage.onboarding.mail.entity.OutboxMessage;
import org.maillage.onboarding.mail.entity.OutboxState;
import org.maillage.platform.api.errors.ApiError;

/**
 * The e-mails of the current cooperation waiting to be sent, sent, or given up.
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
public class Outbox {

    static final Duration LEASE = Duration.ofMinutes(5);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @Inject
    EntityManager em;

    @Inject
    @ConfigProperty(name = "maillage.mail.retry-seconds", defaultValue = "60")
    long retrySeconds;

    @Inject
    @ConfigProperty(name = "maillage.mail.max-attempts", defaultValue = "8")
    int maxAttempts;

    /** Queues a message; joins the caller's transaction. */
    public void add(OutboxMessage message) {
        em.persist(message);
    }

    /** @return the messages, the latest first, of a state (all when null), of a campaign (all when null) */
    public List<OutboxMessage> list(OutboxState state, String campaignId, int max) {
        String where = " where 1 = 1" + (state == null ? "" : " and m.state = :state") + (campaignId == null ? "" : " and m.campaignId = :campaign");
        TypedQuery<OutboxMessage> query = em.createQuery("select m from OutboxMessage m" + where + " order by m.createdAt desc, m.id",
                OutboxMessage.class);
        if (state != null) {
            query.setParameter("state", state);
        }
        if (campaignId != null) {
            query.setParameter("campaign", campaignId);
        }
        return query.setMaxResults(max).getResultList();
    }

    /** @return how many messages are in each state, of a campaign or of the whole outbox (when null) */
    public Map<OutboxState, Long> countByState(String campaignId) {
        Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
        for (OutboxState state : OutboxState.values()) {
            counts.put(state, 0L);
        }
        TypedQuery<Object[]> query = em.createQuery("select m.state, count(m) from OutboxMessage m"
                + (campaignId == null ? "" : " where m.campaignId = :campaign") + " group by m.state", Object[].class);
        if (campaignId != null) {
            query.setParameter("campaign", campaignId);
        }
        query.getResultList()
                .forEach(row -> counts.put((OutboxState) row[0], (Long) row[1]));
        return counts;
    }

    /** @throws ApiError 404 when the cooperation has no such message, 409 when it is not FAILED */
    public OutboxMessage retry(String id, OffsetDateTime now) {
        OutboxMessage message = Optional.ofNullable(em.find(OutboxMessage.class, id))
                .orElseThrow(() -> new ApiError(404, "Aucun message n'a l'identifiant « " + id + " » dans la boîte d'envoi."));
        if (message.state() != OutboxState.FAILED) {
            throw new ApiError(409, "Seul un message en échec peut être renvoyé ; celui-ci est "
                    + (message.state() == OutboxState.SENT ? "déjà envoyé." : "déjà en attente d'envoi."));
        }
        message.retry(now);
        return message;
    }

    /** Deletes the messages to an address (RGPD erasure); joins the caller's transaction. @return how many */
    public int forget(String normalisedEmail) {
        return em.createQuery("delete from OutboxMessage m where m.recipient = :email")
                .setParameter("email", normalisedEmail)
                .executeUpdate();
    }

    /** @return the ids of messages due for an attempt, oldest first */
    @Transactional(TxType.REQUIRES_NEW)
    public List<String> due(OffsetDateTime now, int max) {
        return em.createQuery("select m.id from OutboxMessage m where m.state = :pending and m.nextAttemptAt <= :now"
                        + " and (m.leaseUntil is null or m.leaseUntil < :now) order by m.nextAttemptAt, m.id", String.class)
                .setParameter("pending", OutboxState.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /** @return the message when this instance won it for one attempt, else empty (see the class comment) */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<OutboxMessage> claim(String id, OffsetDateTime now) {
        int won = em.createQuery("update OutboxMessage m set m.leaseUntil = :until where m.id = :id and m.state = :pending"
                        + " and m.nextAttemptAt <= :now and (m.leaseUntil is null or m.leaseUntil < :now)")
                .setParameter("until", now.plus(LEASE))
                .setParameter("id", id)
                .setParameter("pending", OutboxState.PENDING)
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
