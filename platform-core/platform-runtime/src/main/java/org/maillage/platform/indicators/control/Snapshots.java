package org.maillage.platform.indicators.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * Takes the bound cooperation's snapshot of a month: the plugins compute, each in a transaction of its own,
 * then {@link IndicatorValues#write} stores the result in one. Called outside any transaction (refused
 * inside one): nesting the plugins' transactions in a caller's would suspend it, and a failing plugin would
 * spoil it.
 */
@ApplicationScoped
public class Snapshots {

    @Inject
    IndicatorSources sources;

    @Inject
    IndicatorValues values;

    @Transactional(TxType.NEVER)
    public Snapshot take(YearMonth month, OffsetDateTime now) {
        if (month.isAfter(YearMonth.from(now))) {
            throw new IllegalArgumentException("month " + month + " has not begun");
        }
        return values.write(month, sources.compute(month), now);
    }
}
