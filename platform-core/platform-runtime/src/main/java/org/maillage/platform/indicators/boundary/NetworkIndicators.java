package org.maillage.platform.indicators.boundary;

import java.util.List;

/** Every active cooperation's indicators over a period, for the national level. */
public record NetworkIndicators(String from, String to, List<IndicatorView> indicators, List<Cooperation> cooperations) {

    /** One cooperation's months. */
    public record Cooperation(String tenant, String displayName, List<String> departements, List<MonthValues> months) {
    }
}
