package org.maillage.platform.indicators.boundary;

import java.util.List;

/** A cooperation's indicators over a period: those of its enabled modules, and the months that have values. */
public record IndicatorTable(String tenant, String from, String to, List<IndicatorView> indicators, List<MonthValues> months) {
}
