package org.maillage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real server from the binaries of Maven Central, in a folder of its own. */
class EmbeddedPostgresTest {

    private Path parent;
    private EmbeddedPostgres server;

    @BeforeEach
    void folder() throws IOException {
        parent = Files.createTempDirectory("maillage-postgres-test");
        // run as root, the server runs as nobody, who must go through this folder (the test's own)
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        server = EmbeddedPostgres.in(parent.resolve("postgres"), EmbeddedPostgres.freePort());
    }

    @AfterEach
    void stop() throws IOException {
        server.stop();
        Binaries.deleteTree(parent);
    }

    @Test
    void createsTheClusterThenTheDatabaseOfThePlatformAndSpeaksFrench() throws SQLException {
        server.start();
        server.createDatabase("maillage", "maillage", "s3cr'et");
        try (Connection connection = DriverManager.getConnection(server.url("maillage"), "maillage", "s3cr'et");
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select to_tsvector('french', 'Les bénévoles visitent')::text, lower('ÉLÈVE'), current_user")) {
            assertTrue(row.next());
            assertTrue(row.getString(1).contains("'bénévol'"), row.getString(1));
            assertEquals("élève", row.getString(2));
            assertEquals("maillage", row.getString(3));
        }
        assertThrows(SQLException.class, () -> DriverManager.getConnection(server.url("maillage"), "maillage", "wrong").close(),
                "connections need the password");
        server.createDatabase("maillage", "maillage", "s3cr'et");   // a second start finds them: nothing to do
    }

    @Test
    void aSecondStartReusesTheRunningServerAndARestartKeepsTheData() throws SQLException {
        server.start();
        long pid = Postmaster.running(parent.resolve("postgres/data")).orElseThrow().pid();
        execute("create table kept (n int); insert into kept values (42)");
        EmbeddedPostgres.in(parent.resolve("postgres"), server.port()).start();
        assertEquals(pid, Postmaster.running(parent.resolve("postgres/data")).orElseThrow().pid(), "the same server, reused");

        server.stop();
        assertTrue(Postmaster.running(parent.resolve("postgres/data")).isEmpty());
        server.start();
        assertEquals("42", query("select n from kept"));
    }

    @Test
    void aServerKilledWithItsLauncherLeavesAPidFileThatIsCleaned() throws Exception {
        server.start();
        Postmaster postmaster = Postmaster.running(parent.resolve("postgres/data")).orElseThrow();
        ProcessHandle process = ProcessHandle.of(postmaster.pid()).orElseThrow();
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
        assertTrue(Files.exists(parent.resolve("postgres/data/postmaster.pid")), "SIGKILL leaves the pid file");
        server.start();
        assertEquals("1", query("select 1"));
    }

    @Test
    void aTakenPortIsRefusedWithItsName() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> EmbeddedPostgres.in(parent.resolve("postgres"), taken.getLocalPort()).start());
            assertTrue(refused.getMessage().contains("Port " + taken.getLocalPort()), refused.getMessage());
        }
    }

    @Test
    void asRootAFolderTheServersUserCannotReachIsRefusedAndLeftAsItIs() throws IOException {
        assumeTrue(Unprivileged.isRoot(), "only root hands the server to another user");
        Path closed = Files.createDirectory(parent.resolve("closed"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> EmbeddedPostgres.in(closed.resolve("postgres"), EmbeddedPostgres.freePort()).start());
        assertTrue(refused.getMessage().contains("cannot enter " + closed), refused.getMessage());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(closed)));
        assertFalse(Files.exists(closed.resolve("postgres/data")));
    }

    @Test
    void theTemporaryServerIsOneForTheJvm() throws SQLException {
        assertEquals(EmbeddedPostgres.temporary(), EmbeddedPostgres.temporary());
        try (Connection connection = EmbeddedPostgres.temporary().connect("postgres");
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("show fsync")) {
            assertTrue(row.next());
            assertEquals("off", row.getString(1), "a test server trades durability for speed");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = server.connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String query(String sql) throws SQLException {
        try (Connection connection = server.connect("postgres"); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
