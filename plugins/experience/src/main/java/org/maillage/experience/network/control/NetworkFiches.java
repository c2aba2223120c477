package org.maillage.experience.network.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.maillage.experience.network.entity.Exchange;
import org.maillage.experience.network.entity.Reuse;
import org.maillage.experience.network.entity.SharedAttachment;
import org.maillage.experience.network.entity.SharedFiche;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.tenant.NetworkData;

/**
 * The network space's read path: the only reads of shared fiches. It reads the network's copies (which hold
 * nothing but what a coordinator published) and applies the one rule: a hidden copy is read only by its own
 * cooperation and by network admins. Anything else answers the same 404 as a fiche that does not exist.
 */
@ApplicationScoped
public class NetworkFiches {

    static final String NOT_FOUND = "Cette fiche n’est pas partagée avec le réseau.";

    @Inject
    @NetworkData
    EntityManager em;

    /** @return the copy as the cooperation {@code reader} may read it: shown, or its own */
    public SharedFiche readable(String id, String reader) {
        SharedFiche fiche = any(id);
        if (fiche.hidden() && !fiche.cooperation().equals(reader)) {
            throw new ApiError(404, NOT_FOUND);
        }
        return fiche;
    }

    /** @return the copy whatever its moderation (network admins) */
    public SharedFiche any(String id) {
        return Optional.ofNullable(id).map(i -> em.find(SharedFiche.class, i)).orElseThrow(() -> new ApiError(404, NOT_FOUND));
    }

    /** @return the copy of a fiche of the cooperation, if it is shared: what the network did with it */
    public Optional<SharedFiche> own(String id, String cooperation) {
        return Optional.ofNullable(em.find(SharedFiche.class, id)).filter(f -> f.cooperation().equals(cooperation));
    }

    public List<SharedFiche> all() {
        return em.createQuery("select f from SharedFiche f order by f.sharedAt desc", SharedFiche.class).getResultList();
    }

    public List<SharedFiche> proposedAndShown() {
        return em.createQuery("select f from SharedFiche f where f.proposedAt is not null and f.hidden = false"
                + " order by f.proposedAt", SharedFiche.class).getResultList();
    }

    public List<Exchange> exchanges(String ficheId) {
        return em.createQuery("select e from Exchange e where e.ficheId = :fiche order by e.createdAt", Exchange.class)
                .setParameter("fiche", ficheId).getResultList();
    }

    public List<Reuse> reuses(String ficheId) {
        return em.createQuery("select r from Reuse r where r.ficheId = :fiche order by r.markedAt", Reuse.class)
                .setParameter("fiche", ficheId).getResultList();
    }

    public List<SharedAttachment> attachments(String ficheId) {
        return em.createQuery("select a from SharedAttachment a where a.ficheId = :fiche order by a.fileName", SharedAttachment.class)
                .setParameter("fiche", ficheId).getResultList();
    }

    public SharedAttachment attachment(String ficheId, String attachmentId) {
        return Optional.ofNullable(attachmentId).map(i -> em.find(SharedAttachment.class, i))
                .filter(a -> a.ficheId().equals(ficheId))
                .orElseThrow(() -> new ApiError(404, "Ce fichier n’existe pas."));
    }
}
