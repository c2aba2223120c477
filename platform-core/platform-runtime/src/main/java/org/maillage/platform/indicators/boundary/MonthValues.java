package org.maillage.platform.indicators.boundary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.maillage.platform.indicators.entity.IndicatorValue;

/**
 * One month of a cooperation's indicators.
 *
 * @param month     {@code YYYY-MM}
 * @param closed    whether every value of the month is closed (the month has ended and was snapshotted since)
 * @param values    the latest value of each indicator, by key
 * @param revisions the revision of each value corrected after its month closed (absent: revision 1)
 */
public record MonthValues(String month, boolean closed, Map<String, BigDecimal> values, Map<String, Integer> revisions) {

    /** @param latest the latest revision of each value, ordered by month */
    static List<MonthValues> of(Collection<IndicatorValue> latest) {
        Map<String, List<IndicatorValue>> byMonth = new TreeMap<>();
        latest.forEach(v -> byMonth.computeIfAbsent(v.month().toString(), m -> new ArrayList<>()).add(v));
        List<MonthValues> months = new ArrayList<>();
        byMonth.forEach((month, values) -> {
            Map<String, BigDecimal> shown = new LinkedHashMap<>();
            Map<String, Integer> revisions = new LinkedHashMap<>();
            for (IndicatorValue v : values) {
                shown.put(v.key(), v.plain());
                if (v.revision() > 1) {
                    revisions.put(v.key(), v.revision());
                }
            }
            months.add(new MonthValues(month, values.stream().allMatch(IndicatorValue::closed), shown, revisions));
        });
        return months;
    }
}
