package org.maillage.onboarding.actions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.maillage.onboarding.actions.entity.FirstAction;

/**
 * The places of a first action, changed only by conditional updates in the database: two volunteers
 * asking for the last place at the same moment are serialised by the row lock, and the second one's
 * condition ({@code places_taken < places}) no longer holds, so only one gets it. A check constraint
 * ({@code places_taken <= places}) guards the same rule in the schema. Joins the caller's transaction;
 * the action is refreshed after each change.
 */
@ApplicationScoped
public class Places {

    @Inject
    EntityManager em;

    /** @return whether a place was left and is now taken */
    public boolean take(FirstAction action) {
        return change(action, "update FirstAction a set a.placesTaken = a.placesTaken + 1 where a.id = :id and a.placesTaken < a.places") == 1;
    }

    /** Gives a place back. */
    public void free(FirstAction action) {
        change(action, "update FirstAction a set a.placesTaken = a.placesTaken - 1 where a.id = :id and a.placesTaken > 0");
    }

    /** @return whether the action now has {@code places} places: refused when more are taken */
    public boolean resize(FirstAction action, int places) {
        em.flush();
        int changed = em.createQuery("update FirstAction a set a.places = :places where a.id = :id and a.placesTaken <= :places")
                .setParameter("places", places)
                .setParameter("id", action.id())
                .executeUpdate();
        em.refresh(action);
        return changed == 1;
    }

    private int change(FirstAction action, String update) {
        em.flush();
        int changed = em.createQuery(update).setParameter("id", action.id()).executeUpdate();
        em.refresh(action);
        return changed;
    }
}
