package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.maillage.testkit.Api;

/**
 * Property-based fuzzing of the whole API ({@link HostileRequests}): requests for every operation of the
 * OpenAPI document, bodies and parameters from their schemas mixed with hostile values, sent as a network
 * admin, a coordinator and a referent of cooperation A, a coordinator of cooperation B and an anonymous
 * caller. Properties: never a 5xx, never a stack trace or a Java class name, every 4xx in the platform's
 * error shape, never the personal data of a cooperation to anyone but its members asking about it.
 *
 * <p>Why a Jupiter test drives jqwik: a jqwik property cannot use Arquillian's JUnit 5 extension, and the
 * shared deployment lives inside the Jupiter engine's run (it is undeployed when that engine ends, before
 * the jqwik engine would start), so a jqwik class run by Failsafe would find no server. This class joins
 * the shared deployment like any other, seeds the cooperations, then runs the jqwik engine on
 * {@link HostileRequests} through the JUnit Platform launcher and fails with jqwik's reports (the
 * shrunk request, the seed) when a property fails. Nothing else reaches the deployment's URL outside
 * Arquillian, and a second server for the fuzzing would cost a start.
 *
 * <p>Bounds: {@code -Dmaillage.fuzz.tries} tries per property (default 300); shrinking is bounded by jqwik's
 * default (10 s per property). The time taken is logged ("Fuzzing: 4 properties in … s").
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileRequestsIT {

    private static final Logger LOG = Logger.getLogger(HostileRequestsIT.class.getName());

    @ArquillianResource
    URL base;

    @Test
    void everyOperationKeepsItsPropertiesUnderHostileRequests() {
        HostileRequests.target = HostileTarget.seed(base);
        LOG.info(() -> "Fuzzing " + HostileRequests.target.operations().size() + " operations, ids known: "
                + HostileRequests.target.ids().size());
        Findings findings = new Findings();
        long started = System.nanoTime();
        try {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(HostileRequests.class))
                    .filters(EngineFilter.includeEngines("jqwik"))
                    .configurationParameter("jqwik.tries.default", System.getProperty("maillage.fuzz.tries", "300"))
                    .configurationParameter("jqwik.database", Path.of("target", "jqwik-database").toString())
                    .configurationParameter("jqwik.reporting.onlyfailures", "true")
                    .build(), findings);
        } finally {
            HostileRequests.target = null;
        }
        LOG.info(String.format("Fuzzing: %d properties in %.1f s", findings.properties, (System.nanoTime() - started) / 1e9));
        if (findings.properties < 4) {
            throw new AssertionError("jqwik ran " + findings.properties + " of the 4 properties: is the jqwik engine on the class path?");
        }
        if (!findings.failures.isEmpty()) {
            throw new AssertionError(findings.failures.size() + " properties failed:\n\n" + String.join("\n\n", findings.failures));
        }
    }

    /**
     * The exhaustive complement of the property {@code neverAnotherCooperationsData}, which samples: every read
     * of the document, as every role, in each of the two cooperations, with the ids of the <em>other</em>
     * cooperation in the other path parameters, of the kind each parameter names ({@link HostileTarget#paths}).
     * No answer shows a cooperation's personal data but to its members asking about it.
     */
    @Test
    void noReadShowsACooperationsPersonalDataToAnyoneElse() {
        HostileTarget target = HostileTarget.seed(base);
        List<HostileRequests.HostileRequest> all = new ArrayList<>();
        for (HostileTarget.Operation operation : target.operations()) {
            if (!operation.method().equals("GET")) {
                continue;
            }
            for (String slug : List.of(target.a(), target.b())) {
                String other = slug.equals(target.a()) ? target.b() : target.a();
                for (String path : target.paths(operation.template(), slug, other)) {
                    for (HostileTarget.Role role : HostileTarget.Role.values()) {
                        all.add(new HostileRequests.HostileRequest(target, role, "GET", path, "application/json", null, null));
                    }
                }
            }
        }
        // reads change nothing: sent a few at a time (Parallel), each checked as before
        List<String> leaks = Parallel.map(all, read -> HostileRequests.leak(read, read.send())).stream()
                .filter(java.util.Objects::nonNull).toList();
        int sent = all.size();
        int reads = sent;
        LOG.info(() -> "Reads checked for leaks: " + reads);
        assertEquals(List.of(), leaks.stream().limit(10).toList(), leaks.size() + " answers (of " + sent
                + " reads) show a cooperation's personal data to someone else");
    }

    /**
     * A NUL character, which PostgreSQL cannot store in text, in every free text of every JSON write of the
     * document, the rest of the body plausible ({@link HostileRequests#withNul}): sent to cooperation A as its
     * coordinator, else as a network admin where only they may write (the registry's writes aim at the throwaway
     * cooperation C), with A's ids in the other path parameters until one names something (neither 404 nor 403).
     * Every write reaches its body so: none is left unchecked behind a path or a role. No answer is a 5xx, and every
     * refusal has the platform's error shape.
     */
    @Test
    void aNulCharacterInAnyTextOfAnyWriteIsNeverAServerError() {
        HostileTarget target = HostileTarget.seed(base);
        List<String> problems = new ArrayList<>();
        List<String> unreached = new ArrayList<>();
        Map<Integer, Integer> answers = new TreeMap<>();
        int writes = 0;
        for (HostileTarget.Operation operation : target.operations()) {
            if (operation.body() == null || operation.contentType() == null || !operation.contentType().contains("json")) {
                continue;
            }
            String body = HostileRequests.withNul(target, operation.body(), 0);
            if (!body.contains("\\u0000")) {
                continue; // no free text
            }
            writes++;
            List<HostileTarget.Role> roles = operation.template().startsWith("/api/tenants/{tenant}")
                    ? List.of(HostileTarget.Role.COORDINATOR_OF_A, HostileTarget.Role.NETWORK_ADMIN) : List.of(HostileTarget.Role.NETWORK_ADMIN);
            if (!reachedWith(target, operation, body, roles, answers, problems)) {
                unreached.add(operation.method() + " " + operation.template());
            }
        }
        int sent = writes;
        LOG.info(() -> "Writes sent with a NUL character: " + sent + ", answers by status: " + answers);
        assertTrue(writes > 20, "the document's JSON writes with free text: " + writes);
        assertEquals(List.of(), problems, problems.size() + " writes with a NUL character were answered badly");
        assertEquals(List.of(), unreached, "writes answered 404 or 403 for every id and role tried: seed a record of their kind"
                + " (HostileTarget.cooperation)");
    }

    /** Sends the write as each role in turn, with each path of A, until one is neither 404 nor 403. @return whether one was */
    private static boolean reachedWith(HostileTarget target, HostileTarget.Operation operation, String body, List<HostileTarget.Role> roles,
            Map<Integer, Integer> answers, List<String> problems) {
        for (HostileTarget.Role role : roles) {
            for (String path : target.paths(operation.template().replace("{slug}", target.c()), target.a(), target.a())) {
                HostileRequests.HostileRequest request = new HostileRequests.HostileRequest(target, role, operation.method(), path,
                        operation.contentType(), null, body);
                Api.Reply reply = request.send();
                answers.merge(reply.status(), 1, Integer::sum);
                if (reply.status() >= 500 || reply.status() >= 400 && HostileRequests.errorShapeProblem(reply) != null) {
                    problems.add(request + " → " + HostileRequests.abbreviate(reply.toString()));
                }
                if (reply.status() != 404 && reply.status() != 403) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What the jqwik run reported. */
    private static final class Findings implements TestExecutionListener {

        final List<String> failures = new ArrayList<>();
        final List<String> reports = new ArrayList<>();
        int properties;

        @Override
        public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
            entry.getKeyValuePairs().forEach((key, value) -> reports.add(test.getDisplayName() + " " + key + ":\n" + value));
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (!test.isTest()) {
                return;
            }
            properties++;
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                String report = reports.stream().filter(r -> r.startsWith(test.getDisplayName() + " "))
                        .reduce("", (a, b) -> a + "\n" + b);
                failures.add(test.getDisplayName() + ": " + result.getThrowable().map(Throwable::getMessage).orElse(result.getStatus().name())
                        + report);
            }
        }
    }
}
