package org.maillage.platform.indicators.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.Map;
import org.maillage.platform.api.plugin.IndicatorSource;

/**
 * Calls one plugin's indicator source in a transaction of its own (a snapshot runs outside any, see
 * {@link Snapshots}), so that a failing query of one plugin spoils no other's.
 */
@ApplicationScoped
public class SourceCall {

    @Transactional
    public Map<String, Number> values(IndicatorSource source, YearMonth month) {
        return Map.copyOf(source.values(month));
    }
}
