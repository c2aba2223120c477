package org.maillage.testkit;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Configuration values that a test changes while the platform runs ({@link LiveConfig}), above every
 * other source. It exists only in test deployments (the test kit is never part of the platform), so a
 * shared deployment can try an upload limit, an SMTP server or a link secret without a server of its own.
 * The platform reads such keys at each use, never once at start.
 */
public class LiveConfigSource implements ConfigSource {

    static final int ORDINAL = 1000;
    static final Map<String, String> VALUES = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> getProperties() {
        return Map.copyOf(VALUES);
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.copyOf(VALUES.keySet());
    }

    @Override
    public String getValue(String key) {
        return VALUES.get(key);
    }

    @Override
    public String getName() {
        return "maillage-test-live-config";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
