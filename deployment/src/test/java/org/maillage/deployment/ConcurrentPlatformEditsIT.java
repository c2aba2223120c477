package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.Tokens;

/**
 * Simultaneous edits of a cooperation's settings and of the cooperation itself: each answer is the
 * change (200) or a conflict (409, in the error shape), never a 500, and what is stored is one of the
 * values sent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentPlatformEditsIT {

    private static final int CALLERS = 6;
    private static final int ROUNDS = 4;

    @ArquillianResource
    URL base;

    /** Sends the requests of one round together; @return their answers. */
    private static List<Api.Reply> together(Function<Integer, Api.Reply> request) {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(CALLERS); // one thread each: really at once
        List<CompletableFuture<Api.Reply>> calls = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            int n = i;
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return request.apply(n);
            }, threads));
        }
        start.countDown();
        try {
            return calls.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdown();
        }
    }

    private static void assertChangedOrConflict(List<Api.Reply> replies) {
        for (Api.Reply reply : replies) {
            if (reply.status() != 200) {
                reply.assertError(409);
            }
        }
        assertTrue(replies.stream().anyMatch(r -> r.status() == 200), "one of them at least: " + replies);
    }

    @Test
    void simultaneousSettingChangesAreAppliedOrRefused() {
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        for (int round = 0; round < ROUNDS; round++) {
            String slug = admin.newCooperation("course", "56");
            Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
            String path = "/api/tenants/" + slug + "/settings/maillage.tenant.page-size";
            // the first override is a creation, then changes of the same row
            for (int pass = 0; pass < 2; pass++) {
                List<Api.Reply> replies = together(n -> coordinator.put(path, "{\"value\": \"" + (20 + n) + "\"}"));
                assertChangedOrConflict(replies);
                String stored = coordinator.get(path).object().getString("value");
                assertTrue(Set.of("20", "21", "22", "23", "24", "25").contains(stored), stored);
            }
        }
    }

    @Test
    void simultaneousCooperationChangesAreAppliedOrRefused() {
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        for (int round = 0; round < ROUNDS; round++) {
            String slug = admin.newCooperation("course", "56");
            List<Api.Reply> replies = together(n -> admin.put("/api/tenants/" + slug,
                    "{\"displayName\": \"Nom " + n + "\", \"departements\": [\"56\"]}"));
            assertChangedOrConflict(replies);
            assertTrue(admin.get("/api/tenants/" + slug).object().getString("displayName").startsWith("Nom "));
        }
    }
}
