package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.deployment.OnboardingFixture.startSmtp;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.testkit.Api;
import org.maillage.testkit.Api.Reply;
import org.maillage.testkit.Tokens;

/**
 * Two instances behind HAProxy ({@code ./maillage cluster --instances 2}) on one PostgreSQL, one of them killed
 * ({@code kill -9}) in the middle of a bounded load of reads and writes and started again by the launcher.
 *
 * <p>Servers of its own, beside the shared platform of the {@code platform} execution: what is tested is two JVMs
 * that share nothing but the database, the proxy in front and a process that dies; the shared deployment is one JVM.
 * Real processes on loopback, real HTTP through HAProxy, a real SMTP server (GreenMail) for the outbox.
 *
 * <p>What must hold: every acknowledged write is there afterwards; a request in flight on the dead instance fails
 * with a clean 502/503 (never a 500), and the client's retry succeeds on the other; every message of the outbox is
 * sent once, however many instances run its sender; a cooperation suspended through one instance is refused by the
 * other at its next request; an import started through one is followed — and refused a second time — through the
 * other, and an import whose instance died is reported interrupted once its lease lapses, after which a new one runs.
 *
 * <p>Runs beside the shared deployment's classes, one at a time with the other classes of servers of their own
 * ({@link LauncherIT#OWN_SERVERS}).
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(LauncherIT.OWN_SERVERS)
class ScaleOutIT {

    private static final Path ROOT = Path.of(System.getProperty("maillage.root", "..")).toAbsolutePath().normalize();
    private static final Pattern INSTANCE = Pattern.compile("Instance (\\d+) ready: (http://\\S+) \\(pid (\\d+)\\)");
    private static final Pattern AGAIN = Pattern.compile("Instance 1 ready again in (\\d+) s");
    /** The import lease of this run: an import of a dead instance is reported interrupted this long after its last renewal. */
    private static final int LEASE_SECONDS = 8;
    private static final int WRITERS = 3;

    @TempDir
    Path data;

    @Test
    void twoInstancesBehindHaproxyLoseNoAcknowledgedWriteAndDoEachJobOnceWhenOneIsKilled() throws Exception {
        int smtpPort = OnboardingFixture.freePort();
        GreenMail smtp = startSmtp(smtpPort);
        Map<String, String> env = new HashMap<>(Map.of(
                "MAILLAGE_MAIL_HOST", "127.0.0.1",
                "MAILLAGE_MAIL_PORT", String.valueOf(smtpPort),
                "MAILLAGE_MAIL_POLL_SECONDS", "1",
                // take-overs within the test's time: an import, a job run and a message claimed by the dead instance
                "MAILLAGE_ONBOARDING_IMPORT_LEASE_SECONDS", String.valueOf(LEASE_SECONDS),
                "MAILLAGE_JOBS_LEASE_SECONDS", "15",
                "MAILLAGE_MAIL_LEASE_SECONDS", "15",
                // the imports' rate limits are not what is tested here
                "MAILLAGE_RATE_LIMIT_ONBOARDING_IMPORTS_PER_PERSON", "1000",
                "MAILLAGE_RATE_LIMIT_ONBOARDING_IMPORTS_PER_COOPERATION", "1000",
                "MAILLAGE_JAVA_OPTS", "-Xmx512m"));
        try (Launcher cluster = Launcher.cluster(ROOT, data, 2, env)) {
            // instances start one after the other through the database work; a loaded CI machine took minutes for each
            URL proxy = new URL(cluster.awaitReady(Duration.ofMinutes(15)).group(2));
            assertEquals("http://127.0.0.1:" + cluster.port, proxy.toString());
            Map<Integer, Matcher> instances = instances(cluster.output());
            URL one = new URL(instances.get(1).group(2));
            URL two = new URL(instances.get(2).group(2));
            long pidOne = Long.parseLong(instances.get(1).group(3));

            Api admin = Api.at(proxy).as(Tokens.networkAdmin());
            String slug = admin.newCooperation("echelle", "56", "sample", "onboarding");
            // a token of the test kit lasts 5 minutes and the test longer: a fresh one for each use
            Supplier<Api> coordinatorOne = () -> Api.at(one).as(Tokens.coordinator(slug));
            Supplier<Api> coordinatorTwo = () -> Api.at(two).as(Tokens.coordinator(slug));

            importStartedThroughOneIsFollowedThroughTheOther(slug, coordinatorOne.get(), coordinatorTwo.get());
            suspendedThroughOneIsRefusedByTheOther(one, two);

            // The bounded load: writers and readers through the proxy, one instance killed in the middle, restarted by the launcher.
            Load load = new Load(() -> Api.at(proxy).as(Tokens.coordinator(slug)), slug);
            List<Future<?>> workers = load.start();
            Thread.sleep(4_000);
            String interrupted = startImport(coordinatorOne.get(), slug, rows(20_000, "coupe"));
            ProcessHandle.of(pidOne).orElseThrow().destroyForcibly();
            Instant killed = Instant.now();
            assertTrue(ProcessHandle.of(pidOne).map(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join()).isPresent()
                    || ProcessHandle.of(pidOne).isEmpty(), "instance 1 is dead");

            JsonObject failed = waitFor(Duration.ofSeconds(LEASE_SECONDS + 60), "the import of the dead instance reported interrupted",
                    () -> coordinatorTwo.get().get(imports(slug) + "/" + interrupted).object(), job -> job.getString("state").equals("FAILED"));
            assertTrue(failed.getString("failure").contains("interrompu"), failed.toString());
            long interruptedAfter = Duration.between(killed, Instant.now()).toSeconds();
            String after = startImport(Api.at(proxy).as(Tokens.coordinator(slug)), slug, rows(50, "reprise"));
            waitFor(Duration.ofMinutes(2), "the next import, once the dead one's slot lapsed",
                    () -> coordinatorTwo.get().get(imports(slug) + "/" + after).object(), job -> job.getString("state").equals("DONE"));

            cluster.awaitOutput("Instance 1 ready again", Duration.ofMinutes(8));
            Matcher again = AGAIN.matcher(cluster.output());
            assertTrue(again.find(), cluster.output());
            Thread.sleep(3_000); // a few requests on both instances again
            load.stop();
            for (Future<?> worker : workers) {
                worker.get(2, TimeUnit.MINUTES);
            }
            System.out.printf("[scale-out] %d notes acknowledged, %d reads; %d answers 502/503 or refused connections, all retried;"
                            + " instance 1 restarted and ready in %s s; its import reported interrupted %d s after the kill (lease %d s)%n",
                    load.acknowledged.size(), load.reads.get(), load.retried.get(), again.group(1), interruptedAfter, LEASE_SECONDS);

            assertTrue(load.unexpected.isEmpty(), "no answer but 2xx and clean 502/503 during the kill: " + load.unexpected);
            assertTrue(load.acknowledged.size() > 10, "the load wrote: " + load.acknowledged.size());
            Set<String> stored = Api.at(proxy).as(Tokens.coordinator(slug)).get("/api/tenants/" + slug + "/sample/notes").array().stream()
                    .map(note -> note.asJsonObject().getString("id")).collect(Collectors.toSet());
            List<String> lost = load.acknowledged.keySet().stream().filter(id -> !stored.contains(id)).toList();
            assertEquals(List.of(), lost, "every acknowledged write is stored");

            // Every acknowledged note's copy is sent, once: the outbox's sender runs on both instances and claims each message.
            // The one exception the outbox documents (at least once): the message the killed instance had handed to the SMTP
            // server and not yet recorded as sent, sent again when its claim lapses. At most one: a sender sends one at a time.
            Map<String, Long> sent = waitFor(Duration.ofMinutes(2), "the copies of the acknowledged notes", () -> received(smtp),
                    counts -> load.acknowledged.values().stream().allMatch(counts::containsKey));
            List<String> twice = load.acknowledged.values().stream().filter(author -> sent.get(author) > 1).toList();
            assertTrue(twice.size() <= 1 && twice.stream().allMatch(author -> sent.get(author) == 2),
                    "no message sent twice but the one in flight on the killed instance: " + twice);
            System.out.printf("[scale-out] %d copies sent, %d of them twice (in flight at the kill)%n", sent.size(), twice.size());
            assertTrue(instanceAnswers(one), "instance 1 serves again after its restart");
        } finally {
            smtp.stop();
        }
    }

    private static void importStartedThroughOneIsFollowedThroughTheOther(String slug, Api one, Api two) {
        String job = startImport(one, slug, rows(3_000, "suivi"));
        JsonObject seen = two.get(imports(slug) + "/" + job).object();
        assertTrue(Set.of("QUEUED", "RUNNING", "DONE").contains(seen.getString("state")), "followed through the other instance: " + seen);
        if (!seen.getString("state").equals("DONE")) {
            Reply second = upload(two, slug, rows(1, "second"));
            if (!two.get(imports(slug) + "/" + job).object().getString("state").equals("DONE")) {
                assertEquals(409, second.status(), "one import at a time per cooperation, whichever instance receives it: " + second);
            }
        }
        JsonObject done = waitFor(Duration.ofMinutes(3), "the import, through the other instance",
                () -> two.get(imports(slug) + "/" + job).object(), j -> j.getString("state").equals("DONE"));
        assertEquals(3_000, done.getJsonNumber("created").longValue(), done.toString());
        assertEquals(3_000, OnboardingFixture.volunteerCount(two, slug));
    }

    private static void suspendedThroughOneIsRefusedByTheOther(URL one, URL two) {
        Api admin = Api.at(one).as(Tokens.networkAdmin());
        String other = admin.newCooperation("suspendue", "35", "sample");
        Api coordinatorTwo = Api.at(two).as(Tokens.coordinator(other));
        String note = "{\"author\": \"" + OnboardingFixture.unique("avant") + "\", \"text\": \"avant\"}";
        assertEquals(201, coordinatorTwo.post("/api/tenants/" + other + "/sample/notes", note).status(), "the other instance knows it active");
        assertEquals(200, admin.post("/api/tenants/" + other + "/suspend", null).status());
        Reply refused = coordinatorTwo.post("/api/tenants/" + other + "/sample/notes", note);
        assertEquals(403, refused.status(), refused.toString());
        assertTrue(refused.body().contains("suspendue"), refused.toString());
    }

    private static String imports(String slug) {
        return "/api/tenants/" + slug + "/onboarding/imports";
    }

    /** @return {@code count} profiles of a JeVeuxAider export, with addresses no other import uses */
    private static String rows(int count, String prefix) {
        String run = UUID.randomUUID().toString().substring(0, 6);
        StringBuilder csv = new StringBuilder("id,prenom,nom,email,phone,mobile,code_postal,structure_id,structure_nom\n");
        for (int i = 1; i <= count; i++) {
            csv.append(i).append(",Camille,Martin,").append(prefix).append('.').append(run).append('.').append(i)
                    .append("@exemple.fr,,,56000,,\n");
        }
        return csv.toString();
    }

    private static Reply upload(Api api, String slug, String csv) {
        String boundary = "----maillage" + UUID.randomUUID();
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"profils.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return api.send("POST", imports(slug), "multipart/form-data; boundary=" + boundary, body);
    }

    private static String startImport(Api api, String slug, String csv) {
        Reply accepted = waitFor(Duration.ofMinutes(2), "an import accepted", () -> upload(api, slug, csv), r -> r.status() != 409);
        assertEquals(202, accepted.status(), accepted.toString());
        return accepted.object().getString("id");
    }

    private static Map<Integer, Matcher> instances(String output) {
        Map<Integer, Matcher> found = new HashMap<>();
        Matcher matcher = INSTANCE.matcher(output);
        while (matcher.find()) {
            found.put(Integer.parseInt(matcher.group(1)), INSTANCE.matcher(matcher.group()));
            found.get(Integer.parseInt(matcher.group(1))).find();
        }
        assertEquals(Set.of(1, 2), found.keySet(), output);
        return found;
    }

    private static Map<String, Long> received(GreenMail smtp) {
        return Arrays.stream(smtp.getReceivedMessages()).collect(Collectors.groupingBy(OnboardingFixture::recipient, Collectors.counting()));
    }

    private static boolean instanceAnswers(URL instance) {
        try {
            return Api.at(instance).get("/health/ready").status() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** @return the first value of {@code read} that {@code done} accepts, read every half second; failures to connect count as not yet */
    private static <T> T waitFor(Duration patience, String what, Supplier<T> read, Predicate<T> done) {
        Instant deadline = Instant.now().plus(patience);
        Object last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                T value = read.get();
                last = value;
                if (done.test(value)) {
                    return value;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Waited " + patience.toSeconds() + " s for " + what + "; last: " + last);
    }

    /**
     * Writers (notes with a copy to their author, so each write also queues a message) and readers (the list and the
     * volunteers' page) through the proxy, retrying what got no answer from the platform: a refused or cut connection,
     * or HAProxy's 502/503 for a request in flight on the dead instance. A write retried may have been stored by its
     * first try: only acknowledged writes are counted.
     */
    private static final class Load {

        private final Supplier<Api> api;
        private final String slug;
        private final AtomicBoolean running = new AtomicBoolean(true);
        /** id of each acknowledged note → its author (a plugin's decorators may change the text stored) */
        final Map<String, String> acknowledged = new ConcurrentHashMap<>();
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger retried = new AtomicInteger();
        final List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());

        Load(Supplier<Api> api, String slug) {
            this.api = api;
            this.slug = slug;
        }

        List<Future<?>> start() {
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                futures.add(pool.submit(this::write));
            }
            futures.add(pool.submit(this::read));
            pool.shutdown();
            return futures;
        }

        void stop() {
            running.set(false);
        }

        private void write() {
            while (running.get()) {
                String text = "note " + UUID.randomUUID();
                String author = OnboardingFixture.unique("auteur");
                String json = "{\"author\": \"" + author + "\", \"text\": \"" + text + "\", \"copyToAuthor\": true}";
                Reply reply = retrying(() -> api.get().post("/api/tenants/" + slug + "/sample/notes", json));
                if (reply != null && reply.status() == 201) {
                    acknowledged.put(reply.object().getString("id"), author);
                } else if (reply != null) {
                    unexpected.add("write: " + reply);
                }
                pause(300); // bounded: at most about ten writes a second in all
            }
        }

        private void read() {
            while (running.get()) {
                for (String path : List.of("/api/tenants/" + slug + "/sample/notes", "/api/tenants/" + slug + "/onboarding/volunteers?size=20")) {
                    Reply reply = retrying(() -> api.get().get(path));
                    if (reply != null && reply.status() == 200) {
                        reads.incrementAndGet();
                    } else if (reply != null) {
                        unexpected.add("read: " + reply);
                    }
                    pause(100);
                }
            }
        }

        /** @return the first answer that is not a failure of the proxy or the network, or null when the load stopped first */
        private Reply retrying(Supplier<Reply> request) {
            for (int attempt = 0; attempt < 200; attempt++) {
                try {
                    Reply reply = request.get();
                    if (reply.status() != 502 && reply.status() != 503 && reply.status() != 504) {
                        return reply;
                    }
                } catch (RuntimeException e) {
                    if (!(rootCause(e) instanceof IOException)) {
                        unexpected.add(e.toString());
                        return null;
                    }
                }
                retried.incrementAndGet();
                pause(200);
            }
            unexpected.add("200 attempts failed");
            return null;
        }

        private static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** @return an {@link IOException} among the causes (a refused or cut connection), or the exception itself */
        private static Throwable rootCause(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof IOException) {
                    return cause;
                }
            }
            return e;
        }
    }
}
