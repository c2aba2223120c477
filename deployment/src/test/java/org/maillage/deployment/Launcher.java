package org.maillage.deployment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maillage.testkit.Tokens;

/**
 * {@code ./maillage run} started by a test on a free port and a data folder of its own, trusting the
 * test kit's tokens; closing kills what it started.
 */
final class Launcher implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("Ready in (\\d+) s: (http://\\S+)");

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;
    final int port;

    private Launcher(Process process, int port) {
        this.process = process;
        this.port = port;
        this.reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.append(line).append('\n');
                }
            } catch (IOException e) {
                output.append(e).append('\n');
            }
        }, "launcher output");
        reader.setDaemon(true);
        reader.start();
    }

    static Launcher run(Path root, Path data) throws IOException {
        return run(root, data, Map.of());
    }

    static Launcher run(Path root, Path data, Map<String, String> env) throws IOException {
        Map<String, String> trusting = new HashMap<>(Tokens.trustEnvironment());
        trusting.putAll(env);
        return start(root, data, trusting);
    }

    /** Runs the platform against a real Keycloak (holding the development realm), as {@code ./maillage run} does with its own. */
    static Launcher withKeycloak(Path root, Path data, String keycloak, Map<String, String> env) throws IOException {
        Map<String, String> real = new HashMap<>(Map.of("MAILLAGE_KEYCLOAK_URL", keycloak,
                "MAILLAGE_KEYCLOAK_CLIENT_SECRET", "maillage-platform-dev-secret"));
        real.putAll(env);
        return start(root, data, real);
    }

    private static Launcher start(Path root, Path data, Map<String, String> env) throws IOException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(root.resolve("maillage").toString(), "run")
                .directory(root.toFile())
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.remove("MAILLAGE_DB_URL");
        environment.put("MAILLAGE_DATA_DIR", data.toString());
        environment.put("MAILLAGE_HTTP_PORT", String.valueOf(port));
        environment.putAll(env);
        return new Launcher(builder.start(), port);
    }

    Process process() {
        return process;
    }

    String output() {
        return output.toString();
    }

    /** @return everything printed, once the launcher has ended */
    String allOutput() throws InterruptedException {
        reader.join(10_000);
        return output();
    }

    /** Waits for the "Ready in N s: URL" line; group 2 is the URL. */
    Matcher awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = READY.matcher(output());
            if (matcher.find()) {
                return matcher;
            }
            if (!process.isAlive()) {
                throw new AssertionError("The launcher ended before the platform was ready:\n" + allOutput());
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Not ready after 5 minutes:\n" + output());
    }

    /** Waits until the launcher printed {@code text}; fails if it ends first. */
    void awaitOutput(String text, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!output().contains(text)) {
            if (!process.isAlive()) {
                throw new AssertionError("The launcher ended before printing \"" + text + "\":\n" + allOutput());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No \"" + text + "\" after " + patience + ":\n" + output());
            }
            Thread.sleep(500);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
