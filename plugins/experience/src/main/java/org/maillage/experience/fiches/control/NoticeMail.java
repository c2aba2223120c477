package org.maillage.experience.fiches.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.maillage.experience.fiches.entity.Fiche;
import org.maillage.experience.network.entity.ExchangeNotice;
import org.maillage.platform.api.mail.Mail;
import org.maillage.platform.api.mail.Message;
import org.maillage.platform.api.tenant.NetworkData;
import org.maillage.platform.api.tenant.TenantContext;

/**
 * Tells a cooperation by e-mail what others said about its shared fiches: run as that cooperation (its work,
 * never another's request), it claims its pending notices with a conditional update (so two instances never
 * send one twice) and queues each, in the platform's outbox, to the fiche's writer. A notice whose fiche has no
 * writer's address any more (erased) is claimed and not sent.
 */
@ApplicationScoped
public class NoticeMail {

    public static final String PLUGIN = "experience";

    @Inject
    @NetworkData
    EntityManager network;

    @Inject
    EntityManager em;

    @Inject
    Mail mail;

    @Inject
    TenantContext tenant;

    /** @return how many messages were queued */
    @Transactional
    public int send() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<ExchangeNotice> pending = network.createQuery("select n from ExchangeNotice n where n.cooperation = :cooperation and n.sentAt is null",
                ExchangeNotice.class).setParameter("cooperation", tenant.slug()).getResultList();
        int queued = 0;
        for (ExchangeNotice notice : pending) {
            int claimed = network.createQuery("update ExchangeNotice n set n.sentAt = :now where n.id = :id and n.sentAt is null")
                    .setParameter("now", now).setParameter("id", notice.id()).executeUpdate();
            Fiche fiche = em.find(Fiche.class, notice.ficheId());
            if (claimed == 1 && fiche != null && fiche.authorEmail() != null) {
                mail.queue(Message.of(PLUGIN, fiche.authorEmail(), notice.subject(), notice.body()
                        + "\n\nLa fiche et ses échanges : Partage d’expériences, « Nos fiches »."
                        ).withReference(fiche.id()).withTags("EXCHANGE"));
                queued++;
            }
        }
        return queued;
    }
}
