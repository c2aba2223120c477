package org.maillage.platform.indicators.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * Takes the bound cooperation's snapshot of a month: the plugins compute, each in a transaction of its own,
 * then {@link IndicatorValues#write} stores the result in one. Not transactional itself.
 */
@ApplicationScoped
public class Snapshots {

    @Inject
    IndicatorSources sources;

    @Inject
    IndicatorValues values;

    public Snapshot take(YearMonth month, OffsetDateTime now) {
        if (month.isAfter(YearMonth.from(now))) {
            throw new IllegalArgumentException("month " + month + " has not begun");
        }
        return values.write(month, sources.compute(month), now);
    }
}
