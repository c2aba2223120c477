package org.maillage.platform.indicators.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillage.platform.api.tenant.TenantContext;
import org.maillage.platform.indicators.control.SnapshotRules.Add;
import org.maillage.platform.indicators.control.SnapshotRules.Rewrite;
import org.maillage.platform.indicators.control.SnapshotRules.Step;
import org.maillage.platform.indicators.entity.IndicatorValue;

/** The stored indicator values of the bound cooperation. */
@ApplicationScoped
public class IndicatorValues {

    @Inject
    EntityManager em;

    @Inject
    TenantContext tenant;

    /**
     * Applies {@link SnapshotRules} to a month's computed values, under a transaction-scoped advisory lock
     * per cooperation: two snapshots of one cooperation (two instances, or a scheduled and an asked-for one)
     * never interleave, so a revision is never numbered twice.
     */
    @Transactional
    public Snapshot write(YearMonth month, IndicatorSources.Computed computed, OffsetDateTime now) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) locked")
                .setParameter(1, "maillage.indicators:" + tenant.slug()).getSingleResult();
        Map<String, IndicatorValue> latest = new HashMap<>();
        of(month, month).forEach(v -> latest.put(v.key(), v));
        boolean ended = month.isBefore(YearMonth.from(now));
        List<Step> steps = SnapshotRules.plan(latest, computed.values(), ended);
        int corrected = 0;
        for (Step step : steps) {
            if (step instanceof Rewrite rewrite) {
                rewrite.stored().rewrite(rewrite.value(), rewrite.closed(), now);
            } else if (step instanceof Add add) {
                em.persist(new IndicatorValue(month, add.key(), add.revision(), add.value(), add.closed(), now));
                corrected += add.revision() > 1 ? 1 : 0;
            }
        }
        return new Snapshot(month.toString(), ended, steps.size() - corrected, corrected, computed.failures());
    }

    /** @return whether the month has a value still open, or none at all: a snapshot would close it */
    @Transactional
    public boolean open(YearMonth month) {
        Collection<IndicatorValue> values = of(month, month);
        return values.isEmpty() || values.stream().anyMatch(v -> !v.closed());
    }

    /** @return the latest revision of each indicator of each month from {@code from} to {@code to}, by month then key */
    @Transactional
    public Collection<IndicatorValue> of(YearMonth from, YearMonth to) {
        Map<String, IndicatorValue> latest = new LinkedHashMap<>();
        em.createQuery("select v from IndicatorValue v where v.month between :from and :to"
                        + " order by v.month, v.key, v.revision", IndicatorValue.class)
                .setParameter("from", from.atDay(1))
                .setParameter("to", to.atDay(1))
                .getResultList()
                .forEach(v -> latest.put(v.month() + " " + v.key(), v));
        return latest.values();
    }
}
