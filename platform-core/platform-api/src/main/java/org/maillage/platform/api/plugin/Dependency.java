package org.maillage.platform.api.plugin;

import java.util.Objects;

/**
 * A plugin another plugin needs.
 *
 * @param pluginId the id of the plugin needed
 * @param versions the versions accepted, as a Maven range: {@code [1.0,2.0)}, {@code [1.2,)}, or {@code 1.0} for "1.0 or later"
 */
public record Dependency(String pluginId, String versions) {

    public Dependency {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(versions, "versions");
    }
}
