package org.maillage.platform.indicators.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.maillage.platform.api.plugin.Indicator;
import org.maillage.platform.api.plugin.IndicatorHistory;

/** The stored snapshots as plugins read them. */
@ApplicationScoped
public class StoredIndicators implements IndicatorHistory {

    @Inject
    IndicatorSources sources;

    @Inject
    IndicatorValues values;

    @Override
    public List<Indicator> declared() {
        return sources.declared();
    }

    @Override
    public SortedMap<YearMonth, SortedMap<String, BigDecimal>> months(YearMonth from, YearMonth to) {
        SortedMap<YearMonth, SortedMap<String, BigDecimal>> months = new TreeMap<>();
        values.of(from, to).forEach(v -> months.computeIfAbsent(v.month(), m -> new TreeMap<>())
                .put(v.key(), v.plain()));
        return months;
    }
}
