package org.maillage.platform.indicators.boundary;

import org.maillage.platform.api.plugin.Indicator;

/** An indicator as plugins declare it, with the plugin that computes it. */
public record IndicatorView(String key, String label, String unit, String plugin) {

    static IndicatorView of(Indicator indicator) {
        return new IndicatorView(indicator.key(), indicator.label(), indicator.unit(),
                indicator.key().substring(0, indicator.key().indexOf('.')));
    }
}
