package org.maillage.platform.indicators.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.List;
import org.maillage.platform.indicators.entity.IndicatorMedian;
import org.maillage.platform.persistence.control.SharedData;

/** The stored network medians: network data, read and written through the shared EntityManager. */
@ApplicationScoped
@Transactional
public class MedianStore {

    @Inject
    @SharedData
    EntityManager em;

    /** Replaces the months from {@code from} to {@code to} with {@code medians}, in one transaction. */
    public void replace(YearMonth from, YearMonth to, List<IndicatorMedian> medians) {
        em.createQuery("delete from IndicatorMedian m where m.month between :from and :to")
                .setParameter("from", from.atDay(1)).setParameter("to", to.atDay(1)).executeUpdate();
        medians.forEach(em::persist);
    }

    public List<IndicatorMedian> of(YearMonth from, YearMonth to) {
        return em.createQuery("select m from IndicatorMedian m where m.month between :from and :to order by m.month, m.key",
                        IndicatorMedian.class)
                .setParameter("from", from.atDay(1)).setParameter("to", to.atDay(1)).getResultList();
    }
}
