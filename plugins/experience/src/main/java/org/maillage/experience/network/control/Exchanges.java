package org.maillage.experience.network.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.maillage.experience.network.entity.Authorship;
import org.maillage.experience.network.entity.Exchange;
import org.maillage.experience.network.entity.ExchangeKind;
import org.maillage.experience.network.entity.ExchangeNotice;
import org.maillage.experience.network.entity.Reuse;
import org.maillage.experience.network.entity.SharedFiche;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.tenant.NetworkData;

/**
 * What cooperations say to each other about a shared fiche: another cooperation's questions and comments and
 * its « cela nous a servi » mark (one per cooperation), the author cooperation's answers. Each writes a
 * {@link ExchangeNotice} for the author cooperation and, for the writer, an {@link Authorship} in their own cooperation.
 */
@ApplicationScoped
public class Exchanges {

    @Inject
    @NetworkData
    EntityManager network;

    @Inject
    EntityManager cooperation;

    @Inject
    NetworkFiches fiches;

    @Inject
    Event<NoticeWaiting> noticeWaiting;

    /** A question or a comment of the cooperation {@code reader} on another's shared fiche. */
    public Exchange write(String ficheId, String reader, ExchangeKind kind, String text, Writer writer, OffsetDateTime now) {
        SharedFiche fiche = othersFiche(ficheId, reader, "Votre coopération répond aux questions sur ses fiches depuis la fiche elle-même.");
        Exchange exchange = new Exchange(fiche, reader, kind, text, writer.name(), now);
        network.persist(exchange);
        cooperation.persist(new Authorship(exchange.id(), Authorship.WRITING, writer.login(), writer.email(), now));
        String what = kind == ExchangeKind.QUESTION ? "pose une question" : "commente";
        notice(fiche, "La coopération " + reader + " " + what + " sur votre fiche « " + fiche.title() + " »",
                writer.name() + " (" + reader + ") écrit :\n\n" + text, now);
        return exchange;
    }

    /** The author cooperation's answer to a question on its fiche. */
    public Exchange answer(String ficheId, String exchangeId, String owner, long version, String text, Writer writer, OffsetDateTime now) {
        SharedFiche fiche = fiches.readable(ficheId, owner);
        if (!fiche.cooperation().equals(owner)) {
            throw new ApiError(403, "Seule la coopération qui a écrit la fiche répond aux questions.");
        }
        Exchange exchange = Optional.ofNullable(network.find(Exchange.class, exchangeId))
                .filter(e -> e.ficheId().equals(ficheId))
                .orElseThrow(() -> new ApiError(404, "Cette question n’existe pas."));
        if (exchange.version() != version) {
            throw new ApiError(409, "La question a reçu une réponse entre-temps : rechargez la fiche avant de recommencer.");
        }
        try {
            exchange.answer(text, writer.name(), now);
        } catch (IllegalStateException e) {
            throw new ApiError(409, e.getMessage());
        }
        cooperation.persist(new Authorship(exchange.id(), Authorship.ANSWER, writer.login(), writer.email(), now));
        network.flush();
        return exchange;
    }

    /** « Cela nous a servi »: once per cooperation; marking again changes nothing. @return whether it is new */
    public boolean mark(String ficheId, String reader, OffsetDateTime now) {
        SharedFiche fiche = othersFiche(ficheId, reader, "Une coopération ne marque pas ses propres fiches.");
        if (network.find(Reuse.class, Reuse.key(ficheId, reader)) != null) {
            return false;
        }
        network.persist(new Reuse(fiche, reader, now));
        notice(fiche, "Votre fiche « " + fiche.title() + " » a servi à la coopération " + reader,
                "La coopération " + reader + " indique que votre fiche lui a servi.", now);
        return true;
    }

    public void unmark(String ficheId, String reader) {
        othersFiche(ficheId, reader, "Une coopération ne marque pas ses propres fiches.");
        Optional.ofNullable(network.find(Reuse.class, Reuse.key(ficheId, reader))).ifPresent(network::remove);
    }

    private SharedFiche othersFiche(String ficheId, String reader, String ownRefusal) {
        SharedFiche fiche = fiches.readable(ficheId, reader);
        if (fiche.cooperation().equals(reader)) {
            throw new ApiError(409, ownRefusal);
        }
        return fiche;
    }

    private void notice(SharedFiche fiche, String subject, String body, OffsetDateTime now) {
        String cut = subject.length() > 300 ? subject.substring(0, 299) + "…" : subject;
        network.persist(new ExchangeNotice(fiche.cooperation(), fiche.id(), cut, body, now));
        noticeWaiting.fire(new NoticeWaiting(fiche.cooperation()));
    }
}
