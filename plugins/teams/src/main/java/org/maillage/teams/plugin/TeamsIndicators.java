package org.maillage.teams.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.maillage.platform.api.plugin.IndicatorSource;
import org.maillage.teams.coverage.control.Coverage;
import org.maillage.teams.coverage.control.Coverages;
import org.maillage.teams.teams.entity.TeamStatus;

/**
 * The plugin's indicators for a month: teams by status and coverage as they are today (reports read
 * them monthly); members at the end of the month; actions, people met and volunteer hours of the month.
 */
@ApplicationScoped
public class TeamsIndicators implements IndicatorSource {

    @Inject
    EntityManager em;

    @Inject
    Coverages coverages;

    @Override
    public Map<String, Number> values(YearMonth month) {
        Map<String, Number> values = new LinkedHashMap<>();
        Map<TeamStatus, Long> byStatus = new EnumMap<>(TeamStatus.class);
        for (TeamStatus status : TeamStatus.values()) {
            byStatus.put(status, 0L);
        }
        em.createQuery("select t.status, count(t) from Team t group by t.status", Object[].class).getResultList()
                .forEach(row -> byStatus.put((TeamStatus) row[0], (Long) row[1]));
        byStatus.forEach((status, count) -> values.put(TeamsPlugin.byStatusIndicator(status), count));

        LocalDate start = month.atDay(1);
        LocalDate end = month.plusMonths(1).atDay(1);
        values.put(TeamsPlugin.MEMBERS, em.createQuery(
                        "select count(m) from Member m where m.joinedOn < :end and (m.leftOn is null or m.leftOn >= :end)", Long.class)
                .setParameter("end", end).getSingleResult());
        Object[] done = em.createQuery("select count(a), sum(a.peopleMet), sum(a.volunteerHours) from TeamAction a"
                        + " where a.doneOn >= :start and a.doneOn < :end", Object[].class)
                .setParameter("start", start).setParameter("end", end).getSingleResult();
        values.put(TeamsPlugin.ACTIONS, (Long) done[0]);
        values.put(TeamsPlugin.PEOPLE_MET, done[1] == null ? 0L : ((Number) done[1]).longValue());
        values.put(TeamsPlugin.VOLUNTEER_HOURS, done[2] == null ? BigDecimal.ZERO : (BigDecimal) done[2]);
        Coverage coverage = coverages.current(Coverage.Ranking.POPULATION);
        values.put(TeamsPlugin.COMMUNES_COVERED, coverage.coveredCommunes());
        values.put(TeamsPlugin.POPULATION_COVERED, coverage.coveredPopulation());
        return values;
    }
}
