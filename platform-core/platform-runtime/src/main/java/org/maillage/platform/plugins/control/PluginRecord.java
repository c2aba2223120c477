package org.maillage.platform.plugins.control;

import java.net.URL;
import org.maillage.platform.api.plugin.Plugin;
import org.maillage.platform.api.plugin.PluginDescriptor;
import org.maillage.platform.plugins.entity.PluginState;

/** One plugin as the registry knows it: its descriptor, where its JAR is, its state and why. */
public final class PluginRecord {

    private final PluginDescriptor descriptor;
    private final Plugin plugin;
    private final Class<?> type;
    private final URL location;
    private volatile PluginState state = PluginState.DISCOVERED;
    private volatile String reason;

    PluginRecord(PluginDescriptor descriptor, Plugin plugin, Class<?> type) {
        this.descriptor = descriptor;
        this.plugin = plugin;
        this.type = type;
        this.location = type.getProtectionDomain().getCodeSource().getLocation();
    }

    void moveTo(PluginState state, String reason) {
        this.state = state;
        this.reason = reason;
    }

    public String id() {
        return descriptor.id();
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    public PluginState state() {
        return state;
    }

    /** @return why the plugin is FAILED or DISABLED, in French; null otherwise */
    public String reason() {
        return reason;
    }

    public boolean started() {
        return state == PluginState.STARTED;
    }

    Plugin plugin() {
        return plugin;
    }

    /** @return the plugin's bean class: its JAR holds the plugin's entities, resources and migrations */
    public Class<?> type() {
        return type;
    }

    URL location() {
        return location;
    }
}
