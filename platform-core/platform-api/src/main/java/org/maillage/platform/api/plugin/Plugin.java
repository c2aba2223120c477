package org.maillage.platform.api.plugin;

/**
 * The entry point of a plugin: one {@code @ApplicationScoped} bean per plugin JAR.
 * The platform calls {@link #start()} once the plugin's dependencies are started and its migrations
 * applied, and {@link #stop()} in reverse order when the platform stops.
 */
public interface Plugin {

    /** @return what the plugin is and what it needs; called once, at start-up */
    PluginDescriptor descriptor();

    /** Prepares the plugin. An exception marks the plugin FAILED with its message; the platform goes on. */
    default void start() {
    }

    /** Releases what {@link #start()} took. */
    default void stop() {
    }
}
