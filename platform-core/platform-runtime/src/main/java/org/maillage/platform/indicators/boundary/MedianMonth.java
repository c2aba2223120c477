package org.maillage.platform.indicators.boundary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillage.platform.indicators.entity.IndicatorMedian;

/**
 * One month of the network's medians.
 *
 * @param month        {@code YYYY-MM}
 * @param values       the median of each indicator, by key (only over five cooperations or more)
 * @param cooperations how many cooperations each median is taken over, by key
 */
public record MedianMonth(String month, Map<String, BigDecimal> values, Map<String, Integer> cooperations) {

    /** @param medians ordered by month */
    static List<MedianMonth> of(List<IndicatorMedian> medians) {
        List<MedianMonth> months = new ArrayList<>();
        for (IndicatorMedian m : medians) {
            if (months.isEmpty() || !months.get(months.size() - 1).month().equals(m.month().toString())) {
                months.add(new MedianMonth(m.month().toString(), new LinkedHashMap<>(), new LinkedHashMap<>()));
            }
            MedianMonth month = months.get(months.size() - 1);
            month.values().put(m.key(), m.median());
            month.cooperations().put(m.key(), m.cooperations());
        }
        return months;
    }
}
