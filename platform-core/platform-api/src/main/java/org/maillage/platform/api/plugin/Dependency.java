package org.maillage.platform.api.plugin;

import java.util.Objects;

/**
 * A plugin another plugin needs, or can work with.
 *
 * @param pluginId the id of the plugin needed
 * @param versions the versions accepted, as a Maven range: {@code [1.0,2.0)}, {@code [1.2,)}, or {@code 1.0} for "1.0 or later"
 * @param optional whether the plugin works without it: an optional dependency, when present and
 *                 started, starts first and its extension points may be contributed to; its absence,
 *                 failure or not being enabled for a cooperation never stops the dependent plugin
 */
public record Dependency(String pluginId, String versions, boolean optional) {

    public Dependency {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(versions, "versions");
    }

    /** A required dependency. */
    public Dependency(String pluginId, String versions) {
        this(pluginId, versions, false);
    }
}
