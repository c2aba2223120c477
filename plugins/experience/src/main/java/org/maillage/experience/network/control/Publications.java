package org.maillage.experience.network.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import org.maillage.experience.network.entity.Publication;
import org.maillage.experience.network.entity.SharedAttachment;
import org.maillage.experience.network.entity.SharedFiche;
import org.maillage.platform.api.tenant.NetworkData;

/**
 * The network space's only writer of copies: a coordinator's decision to share a fiche publishes it (and each
 * later edit of a shared fiche publishes it again), a withdrawal or a deletion removes the copy and its files.
 */
@ApplicationScoped
public class Publications {

    /** A file as it is published with its fiche. */
    public record File(String id, String name, String mediaType, byte[] content) {
    }

    @Inject
    @NetworkData
    EntityManager em;

    public void publish(String ficheId, String cooperation, Publication publication, List<File> files, OffsetDateTime now) {
        SharedFiche copy = em.find(SharedFiche.class, ficheId);
        if (copy == null) {
            copy = new SharedFiche(ficheId, cooperation, now);
            copy.publish(publication, now);
            em.persist(copy);
        } else {
            copy.publish(publication, now);
        }
        em.createQuery("delete from SharedAttachment a where a.ficheId = :fiche").setParameter("fiche", ficheId).executeUpdate();
        for (File file : files) {
            em.persist(new SharedAttachment(file.id(), ficheId, file.name(), file.mediaType(), file.content()));
        }
        em.flush();
    }

    public void withdraw(String ficheId) {
        em.createQuery("delete from SharedAttachment a where a.ficheId = :fiche").setParameter("fiche", ficheId).executeUpdate();
        em.createQuery("delete from SharedFiche f where f.id = :fiche").setParameter("fiche", ficheId).executeUpdate();
    }
}
