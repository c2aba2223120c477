package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.LiveConfig;
import org.maillage.testkit.Tokens;

/**
 * The bound on a cooperation's concurrent {@code @Heavy} requests (issue 17): once its turns are taken, its next heavy
 * request, whichever endpoint, waits {@code wait-ms} then gets 503 with {@code Retry-After} in the error shape, while
 * another cooperation's heavy requests are served; a turn given back is taken again. The turns are held by the fixture
 * plugin {@code busy} (work that lasts while the test keeps its cooperation's gate closed); the bound is lowered through
 * the live configuration, as an operator would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeavyBoundIT {

    private static final String HEAVY = "maillage.http.heavy.";
    private static final int BOUND = 2;

    @ArquillianResource
    URL base;

    @AfterEach
    void defaults() {
        LiveConfig.clear(base, HEAVY + "per-cooperation");
        LiveConfig.clear(base, HEAVY + "wait-ms");
    }

    @Test
    void aCooperationPastItsBoundIsAskedToRetryWhileAnotherIsServed() throws Exception {
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        String crowded = admin.newCooperation("lourd", "56", "busy", "onboarding");
        String other = admin.newCooperation("lourd", "56", "busy", "onboarding");
        LiveConfig.set(base, HEAVY + "per-cooperation", String.valueOf(BOUND));
        LiveConfig.set(base, HEAVY + "wait-ms", "300");
        Api coordinator = Api.at(base).as(Tokens.coordinator(crowded)).waiting(Duration.ofSeconds(30));
        String busy = "/api/tenants/" + crowded + "/busy";
        assertEquals(204, coordinator.put(busy + "/gate", null).status());
        List<CompletableFuture<Api.Reply>> held = new ArrayList<>();
        try {
            for (int i = 0; i < BOUND; i++) {
                held.add(CompletableFuture.supplyAsync(() -> coordinator.get(busy + "/work")));
            }
            awaitInside(coordinator, busy, BOUND);

            Api.Reply refused = coordinator.get(busy + "/work");
            assertTrue(refused.assertError(503).getString("message").contains("réessayez"), refused.toString());
            long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow(() -> new AssertionError("no Retry-After: " + refused)));
            assertTrue(retryAfter >= 1, refused.toString());
            coordinator.get("/api/tenants/" + crowded + "/onboarding/volunteers?size=20").assertError(503);
            coordinator.get("/api/tenants/" + crowded + "/onboarding/volunteers/states").assertError(503);

            Api neighbour = Api.at(base).as(Tokens.coordinator(other));
            assertEquals(200, neighbour.get("/api/tenants/" + other + "/busy/work").status(), "another cooperation's heavy work is served");
            assertEquals(200, neighbour.get("/api/tenants/" + other + "/onboarding/volunteers?size=20").status());
            coordinator.get("/api/tenants/" + crowded + "/onboarding/volunteers/inconnu").assertError(404); // light: not bounded
        } finally {
            assertEquals(204, coordinator.delete(busy + "/gate").status());
        }
        for (CompletableFuture<Api.Reply> request : held) {
            assertEquals(200, request.get(30, TimeUnit.SECONDS).status(), "the held requests end normally once the gate opens");
        }
        assertEquals(200, coordinator.get(busy + "/work").status(), "the turns are given back");
        assertEquals(200, coordinator.get("/api/tenants/" + crowded + "/onboarding/volunteers?size=20").status());
    }

    private static void awaitInside(Api coordinator, String busy, int expected) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int inside = 0;
        while (System.nanoTime() < until && (inside = coordinator.get(busy + "/inside").object().getInt("inside")) < expected) {
            Thread.sleep(50);
        }
        assertEquals(expected, inside, "the held requests reached the gate");
    }
}
