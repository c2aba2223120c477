package org.maillage.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The servers a test run started, one line each, appended to the file named by the system property or
 * environment variable {@value #VARIABLE} (nothing is written without it). {@code ./maillage test}
 * prints how many there were: each costs tens of seconds, so the count is watched.
 */
public final class ServersStarted {

    /** The environment variable (or system property) naming the file. */
    public static final String VARIABLE = "MAILLAGE_TEST_SERVERS_LOG";

    private ServersStarted() {
    }

    /** Appends one line: the time and what was started. */
    public static synchronized void record(String what) {
        String file = System.getProperty(VARIABLE, System.getenv(VARIABLE));
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(file), Instant.now() + " " + what + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
