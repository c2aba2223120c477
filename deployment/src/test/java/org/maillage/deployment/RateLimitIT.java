package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
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
 * {@code @RateLimited} endpoints answer 429 with {@code Retry-After}, in the error shape, once a count is
 * over its limit, for that person, cooperation, link or client only; the limits are lowered here through
 * the live configuration, as an operator would, and the window ends.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RateLimitIT {

    private static final String PERSONAL = "maillage.rate-limit.personal-data.";
    private static final String SELF_SERVICE = "maillage.rate-limit.onboarding-self-service.";

    @ArquillianResource
    URL base;

    @AfterEach
    void defaults() {
        for (String key : new String[]{PERSONAL + "per-person", PERSONAL + "per-cooperation", PERSONAL + "window-seconds",
                SELF_SERVICE + "per-header", SELF_SERVICE + "per-client"}) {
            LiveConfig.clear(base, key);
        }
    }

    private static long retryAfter(Api.Reply reply) {
        reply.assertError(429);
        long seconds = Long.parseLong(reply.header("Retry-After").orElseThrow(() -> new AssertionError("no Retry-After: " + reply)));
        assertTrue(seconds >= 1, reply.toString());
        return seconds;
    }

    @Test
    void aPersonOverTheLimitWaitsAndOthersGoOn() throws InterruptedException {
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        String slug = admin.newCooperation("debit", "56", "sample");
        String other = admin.newCooperation("debit", "56", "sample");
        LiveConfig.set(base, PERSONAL + "per-person", "2");
        LiveConfig.set(base, PERSONAL + "window-seconds", "3");
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        String path = "/api/tenants/" + slug + "/personal-data/export";
        String body = "{\"email\": \"x@exemple.fr\"}";

        assertEquals(200, coordinator.post(path, body).status());
        assertEquals(200, coordinator.post(path, body).status());
        long wait = retryAfter(coordinator.post(path, body));
        assertTrue(wait <= 3, "within the window: " + wait);
        assertEquals(200, Api.at(base).as(Tokens.coordinator(other)).post("/api/tenants/" + other + "/personal-data/export", body).status(),
                "another person is not slowed down");

        Thread.sleep(wait * 1000 + 200);
        assertEquals(200, coordinator.post(path, body).status(), "the window is over");
    }

    @Test
    void aCooperationOverItsLimitWaitsWhoeverAsks() {
        String slug = Api.at(base).as(Tokens.networkAdmin()).newCooperation("debit", "56", "sample");
        LiveConfig.set(base, PERSONAL + "per-cooperation", "1");
        String path = "/api/tenants/" + slug + "/personal-data/erasure";
        assertEquals(200, Api.at(base).as(Tokens.token("lea").in(slug, "coordinator").sign()).post(path, "{\"email\": \"x@exemple.fr\"}").status());
        retryAfter(Api.at(base).as(Tokens.token("paul").in(slug, "coordinator").sign()).post(path, "{\"email\": \"x@exemple.fr\"}"));
    }

    @Test
    void theSelfServiceIsLimitedPerLinkAndPerClient() {
        LiveConfig.set(base, SELF_SERVICE + "per-header", "2");
        Api link = Api.at(base).withHeader("Maillage-Lien", "forged." + UUID.randomUUID());
        assertTrue(link.get("/api/onboarding/self-service").status() != 429);
        assertTrue(link.get("/api/onboarding/self-service").status() != 429);
        retryAfter(link.get("/api/onboarding/self-service"));
        assertTrue(Api.at(base).withHeader("Maillage-Lien", "forged." + UUID.randomUUID()).get("/api/onboarding/self-service").status() != 429,
                "another link is counted apart");

        LiveConfig.set(base, SELF_SERVICE + "per-client", "3");
        boolean limited = false;
        for (int i = 0; i < 4 && !limited; i++) {
            Api.Reply reply = Api.at(base).withHeader("Maillage-Lien", "forged." + UUID.randomUUID()).get("/api/onboarding/self-service");
            limited = reply.status() == 429;
            if (limited) {
                retryAfter(reply);
            }
        }
        assertTrue(limited, "one client address trying links one after another is stopped");
    }
}
