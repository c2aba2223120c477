package org.maillage.platform.api.plugin;

import java.time.YearMonth;
import java.util.Map;

/**
 * Computes the values of the indicators a plugin declares, for the current tenant.
 * A bean of the plugin implementing it; the platform calls it with the tenant bound.
 */
public interface IndicatorSource {

    /** @return the value of each declared indicator for the month, keyed by indicator key */
    Map<String, Number> values(YearMonth month);
}
