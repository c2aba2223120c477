package org.maillage.platform.indicators.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.YearMonth;
import java.util.Map;
import org.maillage.platform.api.plugin.IndicatorSource;

/** Calls one plugin's indicator source in a transaction of its own, so that a failing query of one plugin spoils no other's. */
@ApplicationScoped
public class SourceCall {

    @Transactional(TxType.REQUIRES_NEW)
    public Map<String, Number> values(IndicatorSource source, YearMonth month) {
        return Map.copyOf(source.values(month));
    }
}
