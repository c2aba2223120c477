package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.testkit.Api;
import org.maillage.testkit.ServersStarted;
import org.maillage.testkit.Tokens;

/**
 * A plugin built in its own Maven project, outside this repository, against the installed platform
 * artifacts (the fixture {@code src/it/third-party-plugin}, the project of docs/plugin-guide.md):
 * it builds, keeps the plugins' architecture rules and passes the plugin contract with no database configured
 * (the test kit starts an embedded PostgreSQL), then runs in the platform by dropping its JAR into the
 * launcher's plugins folder — no platform code changes.
 */
// Its own servers, never the shared deployment: it runs beside the other classes of its execution (the platform execution in deployment/pom.xml),
// never beside the other class that starts servers of its own (one lock for both).
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(LauncherIT.OWN_SERVERS)
class ThirdPartyPluginIT {

    private static final Path ROOT = Path.of(System.getProperty("maillage.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path work;

    @Test
    void buildsTestsAndRunsAPluginFromOutsideTheRepository() throws Exception {
        Path project = work.resolve("thanks");
        copy(ROOT.resolve("deployment/src/it/third-party-plugin"), project);

        Path log = work.resolve("build.log");
        ProcessBuilder maven = new ProcessBuilder("mvn", "-B", "verify",
                "-Dmaillage.war=" + ROOT.resolve("deployment/target/maillage.war"))
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        maven.environment().remove("MAILLAGE_TEST_PG_URL");   // as on a plugin author's machine: no database installed
        String servers = System.getProperty(ServersStarted.VARIABLE);
        if (servers != null) {
            maven.environment().put(ServersStarted.VARIABLE, servers);   // its shared deployment counts among the run's servers
        }
        Process build = maven.start();
        assertTrue(build.waitFor(10, TimeUnit.MINUTES), "the plugin's build ends");
        String output = Files.readString(log);
        assertEquals(0, build.exitValue(), output);
        assertTrue(passed(output, "ArchitectureTest", 5), "the architecture rules ran on it and passed:\n" + output);
        assertTrue(passed(output, "ThanksContractIT", 6), "its contract test ran and passed:\n" + output);
        assertTrue(output.contains("[postgres] PostgreSQL 17"), "on the test kit's embedded PostgreSQL:\n" + output);

        Path data = work.resolve("data");
        Files.createDirectories(data.resolve("plugins"));
        Files.copy(project.resolve("target/maillage-thanks-1.0.0.jar"), data.resolve("plugins/maillage-thanks-1.0.0.jar"));

        try (Launcher launcher = Launcher.run(ROOT, data)) {
            Matcher ready = launcher.awaitReady();
            Api api = Api.at(new URL(ready.group(2))).as(Tokens.networkAdmin());
            JsonObject thanks = api.get("/api/plugins").array().stream().map(p -> p.asJsonObject())
                    .filter(p -> p.getString("id").equals("thanks")).findFirst().orElseThrow();
            assertEquals("STARTED", thanks.getString("state"), thanks.toString());

            assertEquals(200, api.post("/api/tenants/morbihan/plugins/thanks/enable", null).status());
            Api coordinator = api.as(Tokens.coordinator("morbihan"));
            assertEquals(201, coordinator.post("/api/tenants/morbihan/thanks/messages",
                    "{\"volunteer\": \"jean@exemple.fr\", \"text\": \"Merci pour dimanche !\"}").status());
            assertEquals(List.of("Merci pour dimanche !"), coordinator.get("/api/tenants/morbihan/thanks/messages").array().stream()
                    .map(m -> m.asJsonObject().getString("text")).toList());
        }
    }

    /** @return whether the build's log shows the tests of the class passing */
    private static boolean passed(String log, String testClass, int tests) {
        return Pattern.compile("Tests run: " + tests + ", Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* -- in org\\.example\\.thanks\\."
                + testClass).matcher(log).find();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
