package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.testkit.Api;
import org.maillage.testkit.ServersStarted;
import org.maillage.testkit.Tokens;
import org.maillage.testkit.web.PluginBrowser;

/**
 * A plugin made the way docs/plugin-guide.md tells an author to: generated from the archetype
 * ({@code org.maillage:maillage-plugin-archetype}, installed by the platform's build) in a folder outside this
 * repository, built with its own Maven against the installed platform artifacts — compiled, the architecture
 * rules, the plugin contract, its API test and its browser test, on the test kit's embedded PostgreSQL (no
 * database configured) — then run in the platform by dropping its JAR into the launcher's plugins folder and
 * enabled for a cooperation by a network admin: no platform code changes.
 */
// Its own servers, never the shared deployment: it runs beside the other classes of its execution (the platform execution in deployment/pom.xml),
// never beside the other class that starts servers of its own (one lock for both).
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(LauncherIT.OWN_SERVERS)
class ThirdPartyPluginIT {

    private static final Path ROOT = Path.of(System.getProperty("maillage.root", "..")).toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("maillage.version", "0.1.0-SNAPSHOT");

    @TempDir
    Path work;

    @Test
    void generatesBuildsTestsAndRunsAPluginFromOutsideTheRepository() throws Exception {
        String generated = maven(work, "generate.log", List.of("org.apache.maven.plugins:maven-archetype-plugin:3.3.1:generate",
                "-DarchetypeGroupId=org.maillage", "-DarchetypeArtifactId=maillage-plugin-archetype", "-DarchetypeVersion=" + VERSION,
                "-DgroupId=org.example", "-DartifactId=maillage-formations", "-Dversion=1.0.0",
                "-DpluginId=formations", "-DpluginName=Formations"));
        Path project = work.resolve("maillage-formations");
        assertTrue(Files.isRegularFile(project.resolve("pom.xml")), "the archetype made a project:\n" + generated);

        String output = maven(project, "build.log", List.of("verify", "-Dmaillage.war=" + ROOT.resolve("deployment/target/maillage.war")));
        assertTrue(passed(output, "ArchitectureTest", 5, 0), "the architecture rules ran on it and passed:\n" + output);
        boolean browser = Files.isExecutable(PluginBrowser.CHROMIUM) && Files.isExecutable(PluginBrowser.CHROMEDRIVER);
        assertTrue(passed(output, "ContractIT", 9, browser ? 0 : 1), "its contract test ran and passed:\n" + output);
        assertTrue(passed(output, "RegistrationsIT", 3, 0), "its API test ran and passed:\n" + output);
        assertTrue(browser ? passed(output, "RegistrationsPageIT", 1, 0) : output.contains("Browser test skipped"),
                "its browser test ran and passed (or said why it was skipped):\n" + output);
        assertTrue(output.contains("[postgres] PostgreSQL 17"), "on the test kit's embedded PostgreSQL:\n" + output);

        Path data = work.resolve("data");
        Files.createDirectories(data.resolve("plugins"));
        Files.copy(project.resolve("target/maillage-formations-1.0.0.jar"), data.resolve("plugins/maillage-formations-1.0.0.jar"));

        try (Launcher launcher = Launcher.run(ROOT, data)) {
            Matcher ready = launcher.awaitReady();
            Api admin = Api.at(new URL(ready.group(2))).as(Tokens.networkAdmin());
            JsonObject plugin = admin.get("/api/plugins").array().stream().map(p -> p.asJsonObject())
                    .filter(p -> p.getString("id").equals("formations")).findFirst().orElseThrow();
            assertEquals("STARTED", plugin.getString("state"), plugin.toString());

            Api coordinator = admin.as(Tokens.coordinator("morbihan"));
            coordinator.post("/api/tenants/morbihan/plugins/formations/enable", null).assertError(403);   // only network admins enable
            assertEquals(200, admin.post("/api/tenants/morbihan/plugins/formations/enable", null).status());
            assertEquals(200, coordinator.put("/api/tenants/morbihan/settings/formations.capacity", "{\"value\": \"1\"}").status());
            assertEquals(201, coordinator.post("/api/tenants/morbihan/formations/registrations",
                    "{\"email\": \"jean@exemple.fr\", \"activity\": \"Visites\"}").status());
            coordinator.post("/api/tenants/morbihan/formations/registrations",
                    "{\"email\": \"marie@exemple.fr\", \"activity\": \"Visites\"}").assertError(409);
            assertEquals(List.of("jean@exemple.fr"), admin.as(Tokens.referent("morbihan")).get("/api/tenants/morbihan/formations/registrations")
                    .array().stream().map(r -> r.asJsonObject().getString("email")).toList());
        }
    }

    /** Runs Maven in a folder as a plugin author would, with no database configured; fails with its log. @return the log */
    private String maven(Path folder, String logName, List<String> arguments) throws Exception {
        Path log = work.resolve(logName);
        List<String> command = new ArrayList<>(List.of("mvn", "-B"));
        command.addAll(arguments);
        ProcessBuilder maven = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        maven.environment().remove("MAILLAGE_TEST_PG_URL");   // as on a plugin author's machine: no database installed
        String servers = System.getProperty(ServersStarted.VARIABLE);
        if (servers != null) {
            maven.environment().put(ServersStarted.VARIABLE, servers);   // its shared deployment counts among the run's servers
        }
        Process build = maven.start();
        assertTrue(build.waitFor(15, TimeUnit.MINUTES), "Maven ends: " + command);
        String output = Files.readString(log);
        assertEquals(0, build.exitValue(), output);
        return output;
    }

    /** @return whether the build's log shows the tests of the class passing */
    private static boolean passed(String log, String testClass, int tests, int skipped) {
        return Pattern.compile("Tests run: " + tests + ", Failures: 0, Errors: 0, Skipped: " + skipped + ", Time elapsed: .* -- in org\\.example\\.formations\\."
                + testClass).matcher(log).find();
    }
}
