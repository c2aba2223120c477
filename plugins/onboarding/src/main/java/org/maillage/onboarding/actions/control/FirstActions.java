package org.maillage.onboarding.actions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.maillage.onboarding.actions.entity.FirstAction;
import org.maillage.onboarding.actions.entity.Participation;
import org.maillage.onboarding.actions.entity.ParticipationStatus;
import org.maillage.onboarding.volunteers.control.Pipeline;
import org.maillage.onboarding.volunteers.control.VolunteerFilter;
import org.maillage.onboarding.volunteers.control.Volunteers;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.onboarding.volunteers.entity.VolunteerState;
import org.maillage.platform.api.errors.ApiError;

/**
 * The first actions of the current cooperation and who takes part: enrolling (a place, or the
 * waiting list), leaving (the first on the waiting list takes the freed place), confirming a
 * participation (the volunteer moves to FIRST_ACTION, see {@link Outcome}). Joins the caller's
 * transaction. Used by the coordinators' API and by the volunteers' self-service page.
 */
@ApplicationScoped
public class FirstActions {

    private static final Set<ParticipationStatus> ACTIVE = EnumSet.of(ParticipationStatus.ENROLLED, ParticipationStatus.WAITING,
            ParticipationStatus.DONE);

    private static final int CHUNK = 500;

    @Inject
    EntityManager em;

    @Inject
    Places places;

    @Inject
    Volunteers volunteers;

    @Inject
    Pipeline pipeline;

    public FirstAction find(String id) {
        return Optional.ofNullable(em.find(FirstAction.class, id))
                .orElseThrow(() -> new ApiError(404, "Aucune première action n’a l’identifiant « " + id + " » dans cette coopération."));
    }

    /** @return the actions, by start date; only those not over on {@code today} when {@code upcoming} */
    public List<FirstAction> list(boolean upcoming, LocalDate today) {
        if (!upcoming) {
            return em.createQuery("select a from FirstAction a order by a.startsOn, a.title, a.id", FirstAction.class).getResultList();
        }
        return em.createQuery("select a from FirstAction a where a.endsOn >= :today order by a.startsOn, a.title, a.id", FirstAction.class)
                .setParameter("today", today)
                .getResultList();
    }

    /** @return how many volunteers wait for a place, by action id */
    public Map<String, Long> waiting() {
        Map<String, Long> waiting = new HashMap<>();
        em.createQuery("select p.action.id, count(p) from Participation p where p.status = :waiting group by p.action.id", Object[].class)
                .setParameter("waiting", ParticipationStatus.WAITING)
                .getResultList()
                .forEach(row -> waiting.put((String) row[0], (Long) row[1]));
        return waiting;
    }

    public FirstAction create(FirstAction.Details details, OffsetDateTime now) {
        FirstAction action = new FirstAction(details, now);
        em.persist(action);
        return action;
    }

    /**
     * Changes the action; fewer places than are taken is refused (409). New places go to the waiting list.
     */
    public FirstAction update(String id, FirstAction.Details details, String by, OffsetDateTime now) {
        FirstAction action = find(id);
        action.describe(details, now);
        if (details.places() != action.places()) {
            if (!places.resize(action, details.places())) {
                throw new ApiError(409, action.placesTaken() + " bénévoles sont déjà inscrits à cette action : elle ne peut pas avoir moins de "
                        + action.placesTaken() + " places. Désinscrivez d’abord des bénévoles.");
            }
            promote(action, by, now);
        }
        return action;
    }

    /** @return the participations of the action, waiting list in its order */
    public List<Participation> participants(String actionId) {
        return em.createQuery("select p from Participation p where p.action.id = :id and p.status <> :left"
                        + " order by p.status, p.askedAt, p.id", Participation.class)
                .setParameter("id", actionId)
                .setParameter("left", ParticipationStatus.LEFT)
                .getResultList();
    }

    /** @return the participations of a volunteer, the last asked first */
    public List<Participation> of(String volunteerId) {
        return em.createQuery("select p from Participation p where p.volunteer.id = :id order by p.askedAt desc, p.id", Participation.class)
                .setParameter("id", volunteerId)
                .getResultList();
    }

    /**
     * Enrols a volunteer: a place when one is left, else the waiting list.
     *
     * @param assigned whether a coordinator puts them there (else they applied)
     * @throws ApiError 404 unknown, 409 when the action is over, the volunteer withdrew, or is already on it
     */
    public Participation enrol(String actionId, String volunteerId, boolean assigned, String by, LocalDate today, OffsetDateTime now) {
        FirstAction action = find(actionId);
        Volunteer volunteer = volunteers.find(volunteerId);
        if (!action.upcoming(today)) {
            throw new ApiError(409, "L’action « " + action.title() + " » est terminée : on ne peut plus s’y inscrire.");
        }
        if (volunteer.state() == VolunteerState.WITHDRAWN) {
            throw new ApiError(409, "Ce bénévole s’est retiré : il doit d’abord reprendre contact avant d’être inscrit à une action.");
        }
        Optional<Participation> existing = participation(actionId, volunteerId);
        if (existing.isPresent() && ACTIVE.contains(existing.get().status())) {
            throw new ApiError(409, "Ce bénévole est déjà sur cette action (" + existing.get().status().label() + ").");
        }
        ParticipationStatus status = places.take(action) ? ParticipationStatus.ENROLLED : ParticipationStatus.WAITING;
        if (existing.isPresent()) {
            existing.get().askAgain(status, assigned, by, now);
            return existing.get();
        }
        Participation participation = new Participation(action, volunteer, status, assigned, by, now);
        em.persist(participation);
        return participation;
    }

    /** What assigning a selection of volunteers to an action did: a place, the waiting list, or refused. */
    public record Assignment(long matched, long enrolled, long waiting, long refused) {
    }

    /**
     * Assigns every volunteer of the selection to the action, each as {@link #enrol} would; those it
     * refuses (withdrawn, already on the action) are counted as refused.
     *
     * @throws ApiError 404 for an unknown action, 409 for a finished one
     */
    public Assignment assignAll(String actionId, VolunteerFilter filter, String by, LocalDate today, OffsetDateTime now) {
        FirstAction action = find(actionId);
        if (!action.upcoming(today)) {
            throw new ApiError(409, "L’action « " + action.title() + " » est terminée : on ne peut plus s’y inscrire.");
        }
        long matched = 0;
        long enrolled = 0;
        long waiting = 0;
        String after = "";
        for (List<String> ids = volunteers.ids(filter, after, CHUNK); !ids.isEmpty(); ids = volunteers.ids(filter, after, CHUNK)) {
            for (String id : ids) {
                matched++;
                try {
                    boolean placed = enrol(actionId, id, true, by, today, now).status() == ParticipationStatus.ENROLLED;
                    enrolled += placed ? 1 : 0;
                    waiting += placed ? 0 : 1;
                } catch (ApiError refused) {
                    // counted below: the checks of enrol come before any write
                }
            }
            after = ids.get(ids.size() - 1);
            em.flush();
        }
        return new Assignment(matched, enrolled, waiting, matched - enrolled - waiting);
    }

    /**
     * Takes a volunteer off an action (or off its waiting list); a freed place goes to the first on the waiting list.
     *
     * @throws ApiError 404 when the volunteer is not on the action, 409 once their participation is confirmed
     */
    public Participation leave(String actionId, String volunteerId, String by, OffsetDateTime now) {
        FirstAction action = find(actionId);
        Participation participation = current(actionId, volunteerId);
        if (participation.status() == ParticipationStatus.DONE) {
            throw new ApiError(409, "La participation de ce bénévole est déjà confirmée : elle ne peut plus être annulée.");
        }
        boolean hadPlace = participation.status() == ParticipationStatus.ENROLLED;
        participation.change(ParticipationStatus.LEFT, by, now);
        if (hadPlace) {
            places.free(action);
            promote(action, by, now);
        }
        em.flush();
        return participation;
    }

    /**
     * Confirms that an enrolled volunteer took part: moves them to FIRST_ACTION by {@link Outcome}'s rule.
     *
     * @throws ApiError 404 when not on the action, 409 when waiting or before the action starts
     */
    public Participation done(String actionId, String volunteerId, String by, LocalDate today, OffsetDateTime now) {
        FirstAction action = find(actionId);
        Participation participation = current(actionId, volunteerId);
        if (participation.status() != ParticipationStatus.ENROLLED) {
            throw new ApiError(409, "Seul un bénévole inscrit (avec une place) peut avoir réalisé l’action ; celui-ci est : "
                    + participation.status().label() + ".");
        }
        if (action.startsOn().isAfter(today)) {
            throw new ApiError(409, "L’action « " + action.title() + " » commence le " + action.startsOn()
                    + " : sa réalisation ne peut être confirmée qu’à partir de ce jour.");
        }
        participation.change(ParticipationStatus.DONE, by, now);
        Volunteer volunteer = participation.volunteer();
        Outcome.afterParticipation(volunteer.state()).ifPresent(to ->
                pipeline.record(volunteer, to, "Première action : " + action.title(), by));
        em.flush();
        return participation;
    }

    /** Gives the places left to the waiting list, first come first served. */
    private void promote(FirstAction action, String by, OffsetDateTime now) {
        List<Participation> queue = em.createQuery("select p from Participation p where p.action.id = :id and p.status = :waiting"
                        + " order by p.askedAt, p.id", Participation.class)
                .setParameter("id", action.id())
                .setParameter("waiting", ParticipationStatus.WAITING)
                .getResultList();
        for (Participation next : queue) {
            if (!places.take(action)) {
                return;
            }
            next.change(ParticipationStatus.ENROLLED, by, now);
        }
    }

    private Participation current(String actionId, String volunteerId) {
        return participation(actionId, volunteerId).filter(p -> p.status() != ParticipationStatus.LEFT)
                .orElseThrow(() -> new ApiError(404, "Ce bénévole n’est pas inscrit à cette action."));
    }

    private Optional<Participation> participation(String actionId, String volunteerId) {
        return em.createQuery("select p from Participation p where p.action.id = :a and p.volunteer.id = :v", Participation.class)
                .setParameter("a", actionId)
                .setParameter("v", volunteerId)
                .getResultStream().findFirst();
    }
}
