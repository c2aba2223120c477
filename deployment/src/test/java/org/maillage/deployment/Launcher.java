package org.maillage.deployment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maillage.testkit.ServersStarted;
import org.maillage.testkit.Tokens;

/**
 * {@code ./maillage run} (or {@code cluster}) started by a test on free ports and a data folder of its own, trusting the
 * test kit's tokens; closing kills what it started.
 *
 * <p>It runs in a process group of its own, with SIGINT at its default where {@code env --default-signal}
 * exists: a process started in the background by a non-interactive shell (a CI runner, {@code nohup})
 * inherits SIGINT ignored, and a script cannot trap a signal ignored on entry. {@link #interruptible()}
 * says whether Ctrl-C can be tested.
 */
final class Launcher implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("Ready in (\\d+) s: (http://\\S+)");
    /**
     * The JVM of a platform a test starts, as the test kit's servers have it: the client compiler only and the serial
     * collector, for a process that lives minutes (half the CPU of a start is the optimising compiler's).
     */
    private static final String SHORT_LIVED_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;
    final int port;
    /** The port of the embedded PostgreSQL. */
    final int databasePort;
    private final Path data;

    private Launcher(Process process, int port, int databasePort, Path data) {
        this.process = process;
        this.port = port;
        this.databasePort = databasePort;
        this.data = data;
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
        return start(root, data, trusting, "run");
    }

    /**
     * {@code ./maillage cluster --instances N --empty}, trusting the test kit's tokens: HAProxy on {@link #port}, the
     * instances on consecutive free ports, each printed once ready ("Instance i ready: URL (pid N)").
     */
    static Launcher cluster(Path root, Path data, int instances, Map<String, String> env) throws IOException {
        Map<String, String> trusting = new HashMap<>(Tokens.trustEnvironment());
        trusting.putAll(env);
        trusting.put("MAILLAGE_INSTANCE_PORT", String.valueOf(freePorts(instances)));
        return start(root, data, trusting, "cluster", "--instances", String.valueOf(instances), "--empty");
    }

    /** Runs the platform against a real Keycloak (holding the development realm), as {@code ./maillage run} does with its own. */
    static Launcher withKeycloak(Path root, Path data, String keycloak, Map<String, String> env) throws IOException {
        Map<String, String> real = new HashMap<>(Map.of("MAILLAGE_KEYCLOAK_URL", keycloak,
                "MAILLAGE_KEYCLOAK_CLIENT_SECRET", "maillage-platform-dev-secret"));
        real.putAll(env);
        return start(root, data, real, "run");
    }

    private static Launcher start(Path root, Path data, Map<String, String> env, String... arguments) throws IOException {
        int port = freePort();
        int databasePort = freePort();
        openToOthers(data);
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        if (defaultSignalSupported()) {
            command.addAll(List.of("env", "--default-signal=INT"));
        }
        command.add(root.resolve("maillage").toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.remove("MAILLAGE_DB_URL");
        environment.put("MAILLAGE_DATA_DIR", data.toString());
        environment.put("MAILLAGE_HTTP_PORT", String.valueOf(port));
        environment.put("MAILLAGE_DB_PORT", String.valueOf(databasePort));
        environment.putIfAbsent("MAILLAGE_START_TIMEOUT", "600");
        environment.putAll(env);
        environment.put("MAILLAGE_JAVA_OPTS", env.getOrDefault("MAILLAGE_JAVA_OPTS", "-Xmx1g") + " " + SHORT_LIVED_JVM);
        ServersStarted.record("./maillage " + String.join(" ", arguments) + " (Payara Micro, PostgreSQL) in " + data);
        return new Launcher(builder.start(), port, databasePort, data);
    }

    /**
     * The embedded PostgreSQL runs as nobody when the tests run as root, and must go through every folder
     * above the data folder: the test's own temporary folders are opened (never folders of the machine).
     */
    private static void openToOthers(Path data) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        Files.createDirectories(data);
        for (Path folder = data.toAbsolutePath(); folder != null && folder.startsWith(tmp) && !folder.equals(tmp); folder = folder.getParent()) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static boolean defaultSignalSupported() {
        try {
            Process env = new ProcessBuilder("env", "--default-signal=INT", "true").redirectErrorStream(true).start();
            env.getInputStream().readAllBytes();
            return env.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** @return whether SIGINT reaches the launcher (not ignored since its start), as Ctrl-C in a terminal would */
    boolean interruptible() throws IOException {
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        if (!Files.isReadable(status)) {
            return false;
        }
        String ignored = Files.readAllLines(status).stream().filter(l -> l.startsWith("SigIgn:"))
                .map(l -> l.substring("SigIgn:".length()).strip()).findFirst().orElse("0");
        return (Long.parseUnsignedLong(ignored, 16) & (1L << (2 - 1))) == 0;
    }

    /** Sends a signal to the launcher's process group (SIGINT there is what Ctrl-C in its terminal sends). */
    void signalGroup(String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, "--", "-" + process.pid()).inheritIO().start().waitFor();
    }

    /** Sends a signal to the launcher alone. */
    void signal(String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start().waitFor();
    }

    /** @return the embedded PostgreSQL's server process when one runs for the data folder */
    Optional<ProcessHandle> postgres() throws IOException {
        Path pid = data.resolve("postgres/data/postmaster.pid");
        if (!Files.isRegularFile(pid)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).strip()));
    }

    /** @return every process the launcher started: its descendants, and the PostgreSQL server with its workers (a daemon) */
    List<ProcessHandle> everything() throws IOException {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        postgres().ifPresent(postmaster -> {
            all.add(postmaster);
            all.addAll(postmaster.descendants().toList());
        });
        return all;
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
        return awaitReady(Duration.ofMinutes(10));   // as long as a platform start of the test deployments (arquillian.xml)
    }

    /** Waits for the "Ready in N s: URL" line for at most {@code patience}; group 2 is the URL. */
    Matcher awaitReady(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
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
        throw new AssertionError("Not ready after " + patience.toMinutes() + " minutes:\n" + output());
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

    /** @return the first of {@code count} consecutive ports that are free now */
    static int freePorts(int count) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int first = freePort();
            boolean free = true;
            for (int p = first + 1; p < first + count && free; p++) {
                try (ServerSocket socket = new ServerSocket(p)) {
                    socket.getLocalPort();
                } catch (IOException e) {
                    free = false;
                }
            }
            if (free && first + count < 65536) {
                return first;
            }
        }
        throw new IOException("No " + count + " consecutive free ports");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException {
        List<ProcessHandle> all = everything();
        postgres().ifPresent(ProcessHandle::destroy);   // SIGTERM: PostgreSQL's smart shutdown, once its clients below are gone
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        // JUnit deletes the data folder next: a server still shutting down wrote into it meanwhile (pg_wal not empty)
        all.add(process.toHandle());
        for (ProcessHandle each : all) {
            try {
                each.onExit().get(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                each.destroyForcibly();
            }
        }
    }
}
