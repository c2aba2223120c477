package org.maillage.onboarding.todo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.onboarding.volunteers.entity.VolunteerState;

/**
 * The coordinator's to-do list: the volunteers left in a state that needs the coordinator (NEW: to
 * contact; CONTACTED: to call again) for longer than the cooperation's {@code onboarding.stale-after-days},
 * the longest waiting first. The time in the state counts from the volunteer's last change of state
 * (or their arrival). Joins the caller's transaction.
 */
@ApplicationScoped
public class Todo {

    /** The states where the next move is the coordinator's. */
    public static final Set<VolunteerState> WAITING_FOR_COORDINATOR = Set.of(VolunteerState.NEW, VolunteerState.CONTACTED);

    @Inject
    EntityManager em;

    /** A late volunteer and how many whole days they have been in their state. */
    public record Late(Volunteer volunteer, long days) {
    }

    public record Page(List<Late> items, long total) {
    }

    /** @return the volunteers in their state since before {@code now} minus {@code staleAfterDays}, oldest first */
    public Page late(OffsetDateTime now, long staleAfterDays, int first, int max) {
        OffsetDateTime before = now.minusDays(staleAfterDays);
        String where = " from Volunteer v where v.erasedAt is null and v.state in :states and v.stateChangedAt < :before";
        List<Late> items = em.createQuery("select v" + where + " order by v.stateChangedAt, v.id", Volunteer.class)
                .setParameter("states", WAITING_FOR_COORDINATOR)
                .setParameter("before", before)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(v -> new Late(v, daysBetween(v.stateChangedAt(), now)))
                .toList();
        long total = em.createQuery("select count(v)" + where, Long.class)
                .setParameter("states", WAITING_FOR_COORDINATOR)
                .setParameter("before", before)
                .getSingleResult();
        return new Page(items, total);
    }

    /** @return the whole days from {@code since} to {@code now} */
    public static long daysBetween(OffsetDateTime since, OffsetDateTime now) {
        return Duration.between(since, now).toDays();
    }
}
