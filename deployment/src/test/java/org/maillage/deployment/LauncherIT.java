package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.testkit.Api;
import org.maillage.testkit.TestDatabase;

/**
 * {@code ./maillage run} as a newcomer uses it: it starts the platform on an empty data folder, says
 * when it is ready and where, serves the API, and stops everything on Ctrl-C; a platform that fails to
 * deploy is reported as such and never as ready.
 */
class LauncherIT {

    private static final Path ROOT = Path.of(System.getProperty("maillage.root", "..")).toAbsolutePath().normalize();
    private static final Pattern READY = Pattern.compile("Ready in (\\d+) s: (http://\\S+)");

    @TempDir
    Path data;

    @Test
    void runStartsTheEmbeddedPlatformAndStopsOnInterrupt() throws Exception {
        assumeTrue(TestDatabase.chosen().isEmpty(), "the launcher runs on its embedded H2 database; once per test run is enough");
        int port = freePort();
        Process launcher = launch(Map.of("MAILLAGE_HTTP_PORT", String.valueOf(port)));
        try {
            Matcher ready = new Output(launcher).awaitReady(launcher);
            assertEquals("http://127.0.0.1:" + port, ready.group(2));

            Api api = Api.at(new URL(ready.group(2)));
            for (String slug : List.of("morbihan", "ille-et-vilaine")) {
                assertEquals(201, api.post("/api/tenants", """
                        {"slug": "%s", "displayName": "Coopération %s", "departements": ["%s"]}"""
                        .formatted(slug, slug, slug.equals("morbihan") ? "56" : "35")).status());
            }
            assertEquals(2, api.get("/api/tenants").array().size());
            assertTrue(api.get("/openapi").object().getJsonObject("paths").containsKey("/api/tenants"));
            assertTrue(Files.exists(data.resolve("db/maillage.mv.db")), "the H2 database lives in MAILLAGE_DATA_DIR");

            List<ProcessHandle> started = launcher.descendants().toList();
            new ProcessBuilder("kill", "-INT", String.valueOf(launcher.pid())).start().waitFor();
            assertTrue(launcher.waitFor(60, TimeUnit.SECONDS), "the launcher stops on Ctrl-C");
            for (ProcessHandle child : started) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
            try (ServerSocket again = new ServerSocket(port)) {
                assertEquals(port, again.getLocalPort(), "the port is free again");
            }
        } finally {
            kill(launcher);
        }
    }

    @Test
    void aPlatformThatCannotDeployIsNeverReportedReady() throws Exception {
        assumeTrue(TestDatabase.chosen().isEmpty(), "once per test run is enough");
        Process launcher = launch(Map.of(
                "MAILLAGE_HTTP_PORT", String.valueOf(freePort()),
                "MAILLAGE_DB_URL", "jdbc:postgresql://127.0.0.1:9/nowhere"));
        try {
            Output output = new Output(launcher);
            assertTrue(launcher.waitFor(240, TimeUnit.SECONDS), "the launcher gives up");
            String said = output.all();
            assertNotEquals(0, launcher.exitValue(), said);
            assertTrue(said.contains("did not deploy"), said);
            assertTrue(!said.contains("Ready in"), said);
        } finally {
            kill(launcher);
        }
    }

    private Process launch(Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("maillage").toString(), "run")
                .directory(ROOT.toFile())
                .redirectErrorStream(true);
        builder.environment().put("MAILLAGE_DATA_DIR", data.toString());
        builder.environment().remove("MAILLAGE_DB_URL");
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Everything the launcher prints, read in the background. */
    private static final class Output {

        private final StringBuffer text = new StringBuffer();
        private final Thread reader;

        Output(Process launcher) {
            reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        text.append(line).append('\n');
                    }
                } catch (IOException e) {
                    text.append(e).append('\n');
                }
            }, "launcher output");
            reader.setDaemon(true);
            reader.start();
        }

        String text() {
            return text.toString();
        }

        String all() throws InterruptedException {
            reader.join(10_000);
            return text();
        }

        Matcher awaitReady(Process launcher) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (System.nanoTime() < deadline) {
                Matcher matcher = READY.matcher(text());
                if (matcher.find()) {
                    return matcher;
                }
                if (!launcher.isAlive()) {
                    throw new AssertionError("The launcher ended before the platform was ready:\n" + all());
                }
                Thread.sleep(500);
            }
            throw new AssertionError("Not ready after 5 minutes:\n" + text());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void kill(Process launcher) {
        launcher.descendants().forEach(ProcessHandle::destroyForcibly);
        launcher.destroyForcibly();
    }
}
