package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.ServerSocket;
import java.net.URL;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.testkit.Api;

/**
 * {@code ./maillage run} as a newcomer uses it: it starts the platform on an embedded PostgreSQL in an
 * empty data folder, says when it is ready and where, loads the demo through the API, serves it, and stops
 * every process it started on TERM and on Ctrl-C; a second start finds the data and loads no demo again; a
 * platform that fails to deploy is reported as such and never as ready; a data folder of the retired H2
 * database is reported, not touched.
 */
// Its own servers, never the shared deployment: it runs beside the other classes of its execution (the platform execution in deployment/pom.xml),
// never beside the other class that starts servers of its own (one lock for both).
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(LauncherIT.OWN_SERVERS)
class LauncherIT {

    /** The lock of the classes that start servers of their own, beside the shared deployment's classes. */
    static final String OWN_SERVERS = "servers-of-their-own";

    private static final Path ROOT = Path.of(System.getProperty("maillage.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path data;

    /**
     * One first start and one second start carry every check of {@code ./maillage run} on a fresh folder, demo data
     * included (each start of the platform costs the suite about a minute: two starts here, not four).
     */
    @Test
    void runStartsOnEmbeddedPostgresqlLoadsTheDemoOnceStopsEverythingAndFindsItsDataAgain() throws Exception {
        assumeTrue(!KeycloakEndToEndIT.KEYCLOAK.isEmpty(), "run through ./maillage test, which starts Keycloak and sets maillage.test.keycloak.url");
        Map<String, String> env = Map.of("MAILLAGE_DEMO_DATA", "yes");
        long morbihan;
        try (Launcher launcher = Launcher.withKeycloak(ROOT, data, KeycloakEndToEndIT.KEYCLOAK, env)) {
            Matcher ready = launcher.awaitReady();
            assertEquals("http://127.0.0.1:" + launcher.port, ready.group(2));
            URL url = new URL(ready.group(2));
            Api api = Api.at(url).as(KeycloakEndToEndIT.password("national"));
            assertEquals(List.of("ille-et-vilaine", "morbihan"), slugs(api), "the example cooperations of tenants/ exist on first start");
            assertTrue(api.get("/api/tenants/morbihan/plugins/sample").object().getBoolean("enabled"), "as its descriptor says");
            // the first OpenAPI document of a fresh server is built on demand: as patient as the test kit's Readiness (240 s)
            assertTrue(api.waiting(Duration.ofMinutes(4)).get("/openapi").object().getJsonObject("paths").containsKey("/api/tenants"));
            assertTrue(Files.isRegularFile(data.resolve("postgres/data/PG_VERSION")), "the embedded PostgreSQL's cluster lives in MAILLAGE_DATA_DIR");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("link-secret"))),
                    "the secret of the self-service links, made once, readable by its owner only");
            assertTrue(launcher.output().contains("jdbc:postgresql://127.0.0.1:" + launcher.databasePort + "/maillage"), launcher.output());
            morbihan = demoLoaded(launcher, url);
            // a new token: the demo may take longer than one lives (5 minutes)
            assertEquals(201, Api.at(url).as(KeycloakEndToEndIT.password("national")).post("/api/tenants", """
                    {"slug": "finistere", "displayName": "Coopération du Finistère", "departements": ["29"]}""").status());

            stopsEverything(launcher, "TERM", false);
        }
        try (Launcher again = Launcher.withKeycloak(ROOT, data, KeycloakEndToEndIT.KEYCLOAK, env)) {
            URL url = new URL(again.awaitReady().group(2));
            assertEquals(List.of("finistere", "ille-et-vilaine", "morbihan"), slugs(Api.at(url).as(KeycloakEndToEndIT.password("national"))),
                    "a second start finds the data of the first");
            again.awaitOutput("Demo volunteers already loaded", Duration.ofSeconds(30));
            assertEquals(morbihan, volunteers(url, "coord56", "morbihan"), "a second start loads nothing more");
            if (again.interruptible()) {
                stopsEverything(again, "INT", true);
            } else {
                System.out.println("[launcher] SIGINT is ignored by this test run's processes (started in the background): Ctrl-C is not tested, TERM is.");
                stopsEverything(again, "TERM", false);
            }
        }
    }

    /**
     * The demo of a first start, loaded through the API: the Morbihan's dirty export (duplicates merged, invalid rows
     * rejected), Ille-et-Vilaine's clean one, teams, and a year of indicators.
     *
     * @return how many volunteers the Morbihan's export created
     */
    private static long demoLoaded(Launcher launcher, URL url) throws Exception {
        launcher.awaitOutput("ille-et-vilaine: ", Duration.ofMinutes(3));
        Matcher created = Pattern.compile("morbihan: 300 rows read, (\\d+) volunteers created, (\\d+) merged, (\\d+) unchanged, (\\d+) rejected")
                .matcher(launcher.output());
        assertTrue(created.find(), launcher.output());
        long morbihan = Long.parseLong(created.group(1));
        assertTrue(morbihan < 300 && Long.parseLong(created.group(2)) + Long.parseLong(created.group(3)) > 0
                        && Long.parseLong(created.group(4)) > 0,
                "the Morbihan's demo export is the dirty one: duplicates merged, invalid rows rejected: " + created.group());
        assertEquals(morbihan, volunteers(url, "coord56", "morbihan"));
        assertEquals(250, volunteers(url, "coord35", "ille-et-vilaine"), "the clean XLSX export of Ille-et-Vilaine: 250 people");
        launcher.awaitOutput("Demo data loaded in", Duration.ofMinutes(5));
        assertEquals(12, Api.at(url).as(KeycloakEndToEndIT.password("coord56")).get("/api/tenants/morbihan/teams").array().size(),
                "the Morbihan's demo teams, created through the teams API");
        assertEquals(10, Api.at(url).as(KeycloakEndToEndIT.password("coord35")).get("/api/tenants/ille-et-vilaine/teams").array().size());
        JsonObject network = Api.at(url).as(KeycloakEndToEndIT.password("national")).get("/api/indicators").object();
        for (JsonValue cooperation : network.getJsonArray("cooperations")) {
            JsonArray months = cooperation.asJsonObject().getJsonArray("months");
            assertEquals(12, months.size(), "a year of indicators for the dashboard's trends: " + cooperation);
            long actions = months.stream().mapToLong(m -> m.asJsonObject().getJsonObject("values")
                    .getJsonNumber("teams.actions").longValue()).sum();
            assertTrue(actions > 50, "visits logged over the months: " + cooperation);
        }
        return morbihan;
    }

    /** Sends the signal (to the launcher's process group, as a terminal's Ctrl-C does, when {@code group}) and checks that every process ends. */
    private static void stopsEverything(Launcher launcher, String signal, boolean group) throws Exception {
        List<ProcessHandle> started = launcher.everything();
        assertTrue(launcher.postgres().isPresent(), "the embedded PostgreSQL runs");
        if (group) {
            launcher.signalGroup(signal);
        } else {
            launcher.signal(signal);
        }
        assertTrue(launcher.process().waitFor(60, TimeUnit.SECONDS), "the launcher stops on SIG" + signal);
        for (ProcessHandle process : started) {
            process.onExit().get(30, TimeUnit.SECONDS);
        }
        assertTrue(launcher.output().contains("PostgreSQL of"), launcher.output());
        for (int port : new int[] {launcher.port, launcher.databasePort}) {
            try (ServerSocket again = new ServerSocket(port)) {
                assertEquals(port, again.getLocalPort(), "the port is free again");
            }
        }
    }

    private static List<String> slugs(Api api) {
        return api.get("/api/tenants").array().stream().map(t -> t.asJsonObject().getString("slug")).sorted().toList();
    }

    @Test
    void aDataFolderOfTheRetiredH2DatabaseIsReportedAndLeftAsItIs() throws Exception {
        Path h2 = data.resolve("db/maillage.mv.db");
        Files.createDirectories(h2.getParent());
        Files.writeString(h2, "an H2 database of an earlier Maillage");
        try (Launcher launcher = Launcher.run(ROOT, data)) {
            assertTrue(launcher.process().waitFor(120, TimeUnit.SECONDS), "the launcher stops");
            String said = launcher.allOutput();
            assertNotEquals(0, launcher.process().exitValue(), said);
            assertTrue(said.contains("H2 database") && said.contains(h2.toString()), said);
            assertFalse(said.contains("Ready in"), said);
            assertEquals("an H2 database of an earlier Maillage", Files.readString(h2));
            assertFalse(Files.exists(data.resolve("postgres")), "no PostgreSQL started beside it");
        }
    }

    private static long volunteers(URL url, String coordinator, String cooperation) throws Exception {
        return OnboardingFixture.volunteerCount(Api.at(url).as(KeycloakEndToEndIT.password(coordinator)), cooperation);
    }

    @Test
    void aPlatformThatCannotDeployIsNeverReportedReady() throws Exception {
        try (Launcher launcher = Launcher.run(ROOT, data, Map.of("MAILLAGE_DB_URL", "jdbc:postgresql://127.0.0.1:9/nowhere"))) {
            assertTrue(launcher.process().waitFor(240, TimeUnit.SECONDS), "the launcher gives up");
            String said = launcher.allOutput();
            assertNotEquals(0, launcher.process().exitValue(), said);
            assertTrue(said.contains("did not deploy"), said);
            assertTrue(said.contains("The database jdbc:postgresql://127.0.0.1:9/nowhere refused a connection"), said);
            assertFalse(said.contains("Ready in"), said);
            assertFalse(Files.exists(data.resolve("postgres")), "with MAILLAGE_DB_URL the launcher starts no PostgreSQL");
        }
    }
}
