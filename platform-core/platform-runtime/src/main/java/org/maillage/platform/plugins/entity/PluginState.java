package org.maillage.platform.plugins.entity;

/**
 * Where a plugin is in its life: DISCOVERED → RESOLVED → STARTED, or FAILED (with a reason),
 * or DISABLED by configuration ({@code maillage.plugins.disabled}). STOPPED once the platform stops.
 */
public enum PluginState {
    DISCOVERED, RESOLVED, STARTED, FAILED, DISABLED, STOPPED
}
