package org.maillage.platform.api.plugin;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;

/**
 * The indicators the platform stored for the bound cooperation, month by month (its monthly snapshots of
 * every enabled plugin's {@link IndicatorSource}). Injected with {@code @Inject IndicatorHistory}; called
 * inside a transaction, with a cooperation bound.
 */
public interface IndicatorHistory {

    /** @return the indicators of the plugins enabled in the cooperation, in plugin order */
    List<Indicator> declared();

    /**
     * @return for each month from {@code from} to {@code to} (both included) that has values, the latest
     *         value of each indicator, by key; months in order
     */
    SortedMap<YearMonth, SortedMap<String, BigDecimal>> months(YearMonth from, YearMonth to);
}
