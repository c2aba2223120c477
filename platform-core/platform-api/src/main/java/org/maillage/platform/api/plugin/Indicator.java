package org.maillage.platform.api.plugin;

import java.util.Objects;

/**
 * A figure a plugin contributes to the national reporting of each cooperation, computed per month
 * by the plugin's {@link IndicatorSource}.
 *
 * @param key   unique, prefixed with the plugin id: {@code teams.active}
 * @param label the French label
 * @param unit  the French unit, for example {@code équipes} or {@code heures}
 */
public record Indicator(String key, String label, String unit) {

    public Indicator {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
    }
}
