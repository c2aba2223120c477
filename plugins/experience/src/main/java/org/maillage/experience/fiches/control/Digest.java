package org.maillage.experience.fiches.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Optional;
import org.maillage.experience.fiches.entity.DigestSubscriber;
import org.maillage.experience.fiches.entity.DigestWeek;
import org.maillage.experience.network.entity.SharedFiche;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.mail.Mail;
import org.maillage.platform.api.mail.Message;
import org.maillage.platform.api.tenant.NetworkData;
import org.maillage.platform.api.tenant.TenantContext;

/**
 * The weekly digest: members who ask for it receive, once per ISO week (the first poll of the week), the fiches other
 * cooperations shared in the last seven days and the network shows, through the platform's outbox. A week with
 * nothing new sends nothing. The week's row, unique per cooperation, keeps instances from sending it twice.
 */
@ApplicationScoped
public class Digest {

    @Inject
    EntityManager em;

    @Inject
    @NetworkData
    EntityManager network;

    @Inject
    Mail mail;

    @Inject
    TenantContext tenant;

    public Optional<DigestSubscriber> of(String login) {
        return em.createQuery("select s from DigestSubscriber s where s.login = :login", DigestSubscriber.class)
                .setParameter("login", login).getResultStream().findFirst();
    }

    public void subscribe(String login, String email, OffsetDateTime now) {
        if (email == null) {
            throw new ApiError(409, "Votre compte n’a pas d’adresse électronique : la lettre ne peut pas vous être envoyée.");
        }
        if (of(login).isEmpty()) {
            em.persist(new DigestSubscriber(login, email, now));
            em.flush();
        }
    }

    public void unsubscribe(String login) {
        of(login).ifPresent(em::remove);
    }

    /** @return how many messages were queued; nothing when this week's digest was sent already */
    @Transactional
    public int send() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String week = now.get(IsoFields.WEEK_BASED_YEAR) + "-W" + now.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        List<DigestSubscriber> subscribers = em.createQuery("select s from DigestSubscriber s", DigestSubscriber.class).getResultList();
        boolean sent = !em.createQuery("select w from DigestWeek w where w.week = :week", DigestWeek.class)
                .setParameter("week", week).getResultList().isEmpty();
        if (subscribers.isEmpty() || sent) {
            return 0;
        }
        em.persist(new DigestWeek(week, now));
        em.flush();
        List<SharedFiche> fresh = network.createQuery("select f from SharedFiche f where f.hidden = false and f.cooperation <> :me"
                        + " and f.sharedAt >= :since order by f.sharedAt desc", SharedFiche.class)
                .setParameter("me", tenant.slug()).setParameter("since", now.minusDays(7)).setMaxResults(30).getResultList();
        if (fresh.isEmpty()) {
            return 0;
        }
        StringBuilder body = new StringBuilder("Les fiches d’expérience partagées cette semaine par les autres coopérations :\n");
        for (SharedFiche fiche : fresh) {
            body.append("\n- ").append(fiche.title()).append(" (").append(fiche.cooperation()).append(")");
            if (!fiche.summary().isBlank()) {
                body.append("\n  ").append(fiche.summary());
            }
        }
        body.append("\n\nRetrouvez-les dans Partage d’expériences, « Fiches du réseau ». Pour ne plus recevoir cette lettre,"
                + " décochez-la sur cette même page.");
        String text = body.length() > Message.BODY_MAX ? body.substring(0, Message.BODY_MAX) : body.toString();
        String subject = "Partage d’expériences : " + fresh.size() + (fresh.size() > 1 ? " nouvelles fiches" : " nouvelle fiche") + " du réseau";
        for (DigestSubscriber subscriber : subscribers) {
            mail.queue(Message.of(NoticeMail.PLUGIN, subscriber.email(), subject, text).withReference("digest-" + week).withTags("DIGEST"));
        }
        return subscribers.size();
    }
}
