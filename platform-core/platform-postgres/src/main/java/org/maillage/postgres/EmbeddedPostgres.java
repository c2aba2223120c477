package org.maillage.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A PostgreSQL server run from the binaries of Maven Central, listening on 127.0.0.1 only.
 *
 * <p>Its folder holds the cluster ({@code data/}, created by {@code initdb} on the first start), the
 * superuser's password ({@code superuser.password}, random, read by whoever may read the folder) and the
 * server's log ({@code postgres.log}). Every connection goes through TCP with a password
 * (scram-sha-256); there is no Unix socket. A server of that folder left running (by a launcher that was
 * killed) is reused when it listens on the asked port, else stopped first.
 *
 * <p>From the shell: {@code java -cp … org.maillage.postgres.EmbeddedPostgres start FOLDER PORT} starts it,
 * creates the database {@code maillage} and its owner ({@code MAILLAGE_DB_USER}, {@code MAILLAGE_DB_PASSWORD},
 * both {@code maillage} by default) and prints the JDBC URL; {@code stop FOLDER} stops it.
 */
public final class EmbeddedPostgres {

    /** The superuser that {@code initdb} creates. */
    public static final String SUPERUSER = "postgres";

    private static final String TEMPORARY_PREFIX = "maillage-postgres-";
    private static EmbeddedPostgres temporary;

    private final Path folder;
    private final int port;
    private final List<String> settings;

    private EmbeddedPostgres(Path folder, int port, List<String> settings) {
        this.folder = folder.toAbsolutePath().normalize();
        this.port = port;
        this.settings = settings;
    }

    /** @return the server whose files live in {@code folder}, to listen on {@code port} (not started yet) */
    public static EmbeddedPostgres in(Path folder, int port) {
        return new EmbeddedPostgres(folder, port, List.of());
    }

    /**
     * A started server for this JVM only: in a temporary folder, on a free port, without durability
     * (fsync off); stopped and deleted when the JVM ends. Those of JVMs that died are removed first.
     */
    public static synchronized EmbeddedPostgres temporary() {
        if (temporary == null) {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            removeLeftovers(tmp);
            try {
                Path folder = Files.createTempDirectory(tmp, TEMPORARY_PREFIX + ProcessHandle.current().pid() + "-");
                EmbeddedPostgres server = new EmbeddedPostgres(folder, freePort(),
                        List.of("fsync=off", "synchronous_commit=off", "full_page_writes=off"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stopAndDelete(), "stop " + folder));
                temporary = server.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return temporary;
    }

    /**
     * Starts the server, creating its cluster on the first start; returns at once when a server of this
     * folder already listens on this port.
     *
     * @return this
     */
    public synchronized EmbeddedPostgres start() {
        long began = System.nanoTime();
        Path home = Binaries.home();
        Unprivileged user = Unprivileged.whenRoot();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database folder " + folder + ": " + e.getMessage(), e);
        }
        if (user != null) {
            user.checkCanReach(home.resolve("bin/postgres"), "the PostgreSQL binaries",
                    "Set MAILLAGE_CACHE_DIR to a folder it can reach, such as /var/cache/maillage.");
            user.checkCanReach(folder, "the database folder",
                    "Choose a data folder it can reach (MAILLAGE_DATA_DIR=/var/lib/maillage, for example), or run Maillage as a non-root user.");
        }
        boolean created = false;
        try {
            if (!Files.isRegularFile(data().resolve("PG_VERSION"))) {
                createCluster(home, user);
                created = true;
            } else if (user != null) {
                user.own(folder);   // a folder first started by another user: the server's user must own it
            }
            checkVersion(home);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the database folder " + folder + ": " + e.getMessage(), e);
        }
        Optional<Postmaster> running = Postmaster.running(data());
        if (running.isPresent() && running.get().port() == port) {
            say("PostgreSQL already runs on 127.0.0.1:" + port + " for " + folder + " (pid " + running.get().pid() + "): reused.");
            return this;
        }
        if (running.isPresent()) {
            say("PostgreSQL of " + folder + " runs on port " + running.get().port() + ", not " + port + ": restarting it.");
            stop();
        }
        checkPortFree();
        String options = Stream.concat(Stream.of("-p " + port), settings.stream().map(s -> "-c " + s))
                .collect(Collectors.joining(" "));
        run(home, user, "pg_ctl", "-D", data().toString(), "-l", log().toString(), "-w", "-t", "120", "-o", options, "start");
        say(String.format("PostgreSQL %s %s on 127.0.0.1:%d in %.1f s (folder %s).", Binaries.version(),
                created ? "created and started" : "started", port, (System.nanoTime() - began) / 1e9, folder));
        return this;
    }

    /** Stops the server of this folder if one runs (fast shutdown: sessions are ended, data is written). */
    public synchronized void stop() {
        if (Postmaster.running(data()).isEmpty()) {
            return;
        }
        run(Binaries.home(), Unprivileged.whenRoot(), "pg_ctl", "-D", data().toString(), "-m", "fast", "-w", "-t", "60", "stop");
        say("PostgreSQL of " + folder + " stopped.");
    }

    /**
     * Creates the login role {@code owner} with {@code password} (or sets its password) and the database
     * {@code name} it owns, when they do not exist. The owner may create roles ({@code CREATEROLE}): the
     * platform creates its request login ({@code <owner>_request}, walled by row-level security) at start.
     */
    public void createDatabase(String name, String owner, String password) {
        checkIdentifier(name);
        checkIdentifier(owner);
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            String quoted = "'" + password.replace("'", "''") + "'";
            statement.execute(exists(connection, "select 1 from pg_roles where rolname = ?", owner)
                    ? "alter role " + owner + " login createrole password " + quoted
                    : "create role " + owner + " login createrole password " + quoted);
            if (!exists(connection, "select 1 from pg_database where datname = ?", name)) {
                statement.execute("create database " + name + " owner " + owner);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + name + " on the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** @return a connection to {@code database} as the superuser */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), SUPERUSER, superuserPassword());
    }

    /** @return the JDBC URL of {@code database} on this server */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public Path folder() {
        return folder;
    }

    /** @return the password of {@value #SUPERUSER}, drawn at random when the cluster was created */
    public String superuserPassword() {
        try {
            return Files.readString(folder.resolve("superuser.password")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the superuser's password in " + folder + ": " + e.getMessage(), e);
        }
    }

    private Path data() {
        return folder.resolve("data");
    }

    private Path log() {
        return folder.resolve("postgres.log");
    }

    private void createCluster(Path home, Unprivileged user) throws IOException {
        if (Files.exists(data())) {
            Binaries.deleteTree(data());   // an initdb that did not finish
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        Path password = folder.resolve("superuser.password");
        Files.writeString(password, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        if (user != null) {
            user.own(folder);
        }
        run(home, user, "initdb", "-D", data().toString(), "-U", SUPERUSER, "--auth=scram-sha-256",
                "--pwfile=" + password, "-E", "UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8");
        Files.writeString(data().resolve("postgresql.conf"), """

                # Maillage: loopback only, no Unix socket (every connection goes through TCP with a password).
                listen_addresses = '127.0.0.1'
                unix_socket_directories = ''
                """, StandardOpenOption.APPEND);
    }

    private void checkVersion(Path home) throws IOException {
        String cluster = Files.readString(data().resolve("PG_VERSION")).strip();
        String binaries = Binaries.version().split("\\.")[0];
        if (!cluster.equals(binaries)) {
            throw new IllegalStateException("The database folder " + data() + " was created by PostgreSQL " + cluster
                    + ", and these binaries are PostgreSQL " + binaries + ": they cannot open it. Dump it with PostgreSQL "
                    + cluster + " (pg_dump), or move the folder away to start on an empty database.");
        }
    }

    private void checkPortFree() {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " on 127.0.0.1 is taken by another program: the embedded PostgreSQL"
                    + " needs a free one (MAILLAGE_DB_PORT).");
        }
    }

    private void run(Path home, Unprivileged user, String program, String... arguments) {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin").resolve(program).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(user == null ? command : user.command(command))
                .directory(folder.toFile())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("PG") || name.startsWith("LC_") || name.equals("LANG"));
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(program + " failed for " + folder + ":\n" + output.strip() + tail(log()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + program, e);
        }
    }

    private static String tail(Path log) {
        try {
            if (!Files.isRegularFile(log)) {
                return "";
            }
            List<String> lines = Files.readAllLines(log);
            return "\nLast lines of " + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean exists(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            return query.executeQuery().next();
        }
    }

    private static void checkIdentifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a plain PostgreSQL name (lower-case letters, digits, _): " + name);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void stopAndDelete() {
        try {
            stop();
            Binaries.deleteTree(folder);
        } catch (RuntimeException | IOException e) {
            say("Could not stop and delete " + folder + ": " + e.getMessage());
        }
    }

    /** Stops and deletes the temporary servers of JVMs that ended without doing it (killed). */
    private static void removeLeftovers(Path tmp) {
        try (Stream<Path> folders = Files.list(tmp)) {
            folders.filter(f -> f.getFileName().toString().matches(TEMPORARY_PREFIX + "\\d+-.*"))
                    .filter(f -> {
                        long pid = Long.parseLong(f.getFileName().toString().substring(TEMPORARY_PREFIX.length()).split("-")[0]);
                        return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
                    })
                    .forEach(f -> new EmbeddedPostgres(f, 0, List.of()).stopAndDelete());
        } catch (IOException | RuntimeException e) {
            say("Could not look for leftover servers in " + tmp + ": " + e.getMessage());
        }
    }

    private static void say(String message) {
        System.err.println("[postgres] " + message);
    }

    /**
     * {@code start FOLDER PORT} (prints the JDBC URL of the database {@code maillage}) or {@code stop FOLDER}.
     */
    public static void main(String[] args) {
        try {
            if (args.length == 3 && args[0].equals("start")) {
                EmbeddedPostgres server = in(Path.of(args[1]), Integer.parseInt(args[2])).start();
                server.createDatabase("maillage", env("MAILLAGE_DB_USER", "maillage"), env("MAILLAGE_DB_PASSWORD", "maillage"));
                System.out.println(server.url("maillage"));
            } else if (args.length == 2 && args[0].equals("stop")) {
                in(Path.of(args[1]), 0).stop();
            } else {
                System.err.println("usage: EmbeddedPostgres start FOLDER PORT | stop FOLDER");
                System.exit(2);
            }
        } catch (RuntimeException e) {
            System.err.println("[postgres] ERROR: " + e.getMessage());
            System.exit(1);
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
