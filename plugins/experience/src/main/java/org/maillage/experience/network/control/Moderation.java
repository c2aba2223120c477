package org.maillage.experience.network.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import org.maillage.experience.network.entity.SharedFiche;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.tenant.NetworkData;

/** Network admins' hand on shared fiches: feature one, hide one with a reason its cooperation reads, show it again. */
@ApplicationScoped
public class Moderation {

    @Inject
    @NetworkData
    EntityManager em;

    @Inject
    NetworkFiches fiches;

    public SharedFiche feature(String id, long version, boolean featured) {
        return change(id, version, f -> f.feature(featured));
    }

    public SharedFiche hide(String id, long version, String reason) {
        return change(id, version, f -> f.hide(reason));
    }

    public SharedFiche show(String id, long version) {
        return change(id, version, SharedFiche::show);
    }

    /** Proposes a shown fiche to the commission réseau's agenda (read by reporting's extension point). */
    public SharedFiche propose(String id, String reader, OffsetDateTime now) {
        SharedFiche fiche = fiches.readable(id, reader);
        if (fiche.hidden()) {
            throw new ApiError(409, "Une fiche masquée par le réseau ne peut pas être proposée à la commission.");
        }
        fiche.propose(now);
        em.flush();
        return fiche;
    }

    private SharedFiche change(String id, long version, Consumer<SharedFiche> change) {
        SharedFiche fiche = fiches.any(id);
        if (fiche.version() != version) {
            throw new ApiError(409, "La fiche a été modifiée entre-temps : rechargez-la avant de recommencer.");
        }
        change.accept(fiche);
        em.flush();
        return fiche;
    }
}
