package org.maillage.platform.plugins.control;

import org.maillage.platform.api.plugin.Plugin;

/** The version of the platform API, from its JAR's manifest; plugins declare the range they accept. */
public final class PlatformVersion {

    static final String FALLBACK = "0.1.0";

    private PlatformVersion() {
    }

    public static String current() {
        String version = Plugin.class.getPackage().getImplementationVersion();
        return version == null ? FALLBACK : version;
    }
}
