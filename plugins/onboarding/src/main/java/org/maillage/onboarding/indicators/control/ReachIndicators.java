package org.maillage.onboarding.indicators.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillage.onboarding.volunteers.entity.VolunteerState;

/**
 * How far the cooperation leads its volunteers, for national reporting, as of the end of a month:
 * <ul>
 * <li>{@value #CONTACTED_RATE}: the share of the volunteers welcomed who were ever moved out of NEW (%);</li>
 * <li>{@value #RESPONSE_RATE}: the share of those contacted who ever reached RESPONDED or a later step (%);</li>
 * <li>{@value #VOLUNTEERS_PER_PLACE}: the volunteers still before their first action (NEW to MET) per
 * place left in the first actions not over — absent when no place is left;</li>
 * <li>{@value #DAYS_TO_FIRST_ACTION}: the median of the days from a volunteer's arrival (import) to
 * their move to FIRST_ACTION — absent before the first one.</li>
 * </ul>
 * Rates and the median are read from the transitions, so they do not change when a volunteer later
 * withdraws; the places are today's.
 */
@ApplicationScoped
public class ReachIndicators {

    public static final String CONTACTED_RATE = "onboarding.contacted-rate";
    public static final String RESPONSE_RATE = "onboarding.response-rate";
    public static final String VOLUNTEERS_PER_PLACE = "onboarding.volunteers-per-place";
    public static final String DAYS_TO_FIRST_ACTION = "onboarding.days-to-first-action";

    private static final Set<VolunteerState> ANSWERED = Set.of(VolunteerState.RESPONDED, VolunteerState.MET,
            VolunteerState.FIRST_ACTION, VolunteerState.IN_TEAM);
    private static final Set<VolunteerState> BEFORE_FIRST_ACTION = Set.of(VolunteerState.NEW, VolunteerState.CONTACTED,
            VolunteerState.RESPONDED, VolunteerState.MET);

    @Inject
    EntityManager em;

    /** @return the values as of {@code end} (exclusive); places of the actions not over on {@code today} */
    public Map<String, Number> values(OffsetDateTime end, LocalDate today) {
        long welcomed = em.createQuery("select count(v) from Volunteer v where v.createdAt < :end", Long.class)
                .setParameter("end", end).getSingleResult();
        long contacted = em.createQuery("select count(distinct t.volunteer.id) from VolunteerTransition t"
                        + " where t.from = :new and t.at < :end", Long.class)
                .setParameter("new", VolunteerState.NEW).setParameter("end", end).getSingleResult();
        long answered = em.createQuery("select count(distinct t.volunteer.id) from VolunteerTransition t"
                        + " where t.to in :answered and t.at < :end", Long.class)
                .setParameter("answered", ANSWERED).setParameter("end", end).getSingleResult();
        long waiting = em.createQuery("select count(v) from Volunteer v where v.erasedAt is null and v.state in :before", Long.class)
                .setParameter("before", BEFORE_FIRST_ACTION).getSingleResult();
        Number placesLeft = em.createQuery("select sum(a.places - a.placesTaken) from FirstAction a where a.endsOn >= :today", Number.class)
                .setParameter("today", today).getSingleResult();
        List<Long> days = em.createQuery("select v.createdAt, min(t.at) from VolunteerTransition t join t.volunteer v"
                        + " where t.to = :firstAction and t.at < :end group by v.id, v.createdAt", Object[].class)
                .setParameter("firstAction", VolunteerState.FIRST_ACTION).setParameter("end", end)
                .getResultStream()
                .map(row -> Duration.between((OffsetDateTime) row[0], (OffsetDateTime) row[1]).toDays())
                .toList();
        Map<String, Number> values = new LinkedHashMap<>();
        values.put(CONTACTED_RATE, Ratios.percent(contacted, welcomed));
        values.put(RESPONSE_RATE, Ratios.percent(answered, contacted));
        Ratios.per(waiting, placesLeft == null ? 0 : placesLeft.longValue()).ifPresent(v -> values.put(VOLUNTEERS_PER_PLACE, v));
        Ratios.median(days).ifPresent(v -> values.put(DAYS_TO_FIRST_ACTION, v));
        return values;
    }
}
