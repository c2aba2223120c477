package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.Tokens;

/**
 * What every answer says about itself: the security headers on pages and API (a CSP that lets the pages'
 * own inline script run by hash and nothing else, no framing, {@code nosniff}, no referrer), no server
 * banner, JSON errors where Payara would answer HTML, and {@code /metrics} for network admins only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*src=)[^>]*>(.*?)</script>", Pattern.DOTALL);

    @ArquillianResource
    URL base;

    private static void assertHardened(Api.Reply reply, String what) {
        String csp = reply.header("Content-Security-Policy").orElseThrow(() -> new AssertionError("no CSP on " + what));
        assertTrue(csp.contains("frame-ancestors 'none'"), what + ": " + csp);
        assertTrue(csp.contains("default-src 'self'"), what + ": " + csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), what + ": " + csp);
        assertEquals("nosniff", reply.header("X-Content-Type-Options").orElse(null), what);
        assertEquals("no-referrer", reply.header("Referrer-Policy").orElse(null), what);
        assertTrue(reply.header("Server").isEmpty(), what + " names its server: " + reply.header("Server"));
        assertTrue(reply.header("X-Powered-By").isEmpty(), what + " names its runtime: " + reply.header("X-Powered-By"));
    }

    @Test
    void thePagesAllowTheirOwnInlineScriptsByHashAndKeycloakForTokens() throws Exception {
        for (String page : List.of("/", "/index.html", "/plugins/onboarding/self-service.html")) {
            Api.Reply reply = Api.at(base).getAny(page);
            assertEquals(200, reply.status(), page);
            assertHardened(reply, page);
            String csp = reply.header("Content-Security-Policy").orElseThrow();
            Matcher inline = INLINE_SCRIPT.matcher(reply.body());
            while (inline.find()) {
                String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest(inline.group(1).getBytes(StandardCharsets.UTF_8)));
                assertTrue(csp.contains("'sha256-" + hash + "'"), page + ": its inline script is allowed: " + csp);
            }
            String keycloak = Api.at(base).get("/api/ui-config").object().getString("keycloakUrl").replaceAll("(https?://[^/]+).*", "$1");
            assertTrue(csp.contains("connect-src 'self' " + keycloak), page + ": the token endpoint is reachable: " + csp);
        }
        assertTrue(Api.at(base).getAny("/").body().contains("type=\"importmap\""), "the shell page has an inline script to allow");
    }

    @Test
    void theApiAndItsErrorsCarryTheHeadersToo() {
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        assertHardened(admin.get("/api/tenants"), "the API");
        Api.Reply unknownApi = admin.get("/api/nothing/here");
        unknownApi.assertError(404);
        assertHardened(unknownApi, "an unknown API path");
    }

    @Test
    void unknownPathsAnswerJsonNotTheServersPage() {
        for (String path : List.of("/nothing/here", "/plugins/nothing.js", "/WEB-INF/web.xml")) {
            Api.Reply reply = Api.at(base).getAny(path);
            reply.assertError(404);
            assertTrue(reply.header("Content-Type").orElseThrow().startsWith("application/json"), path);
            assertFalse(reply.body().contains("Payara"), path + ": " + reply.body());
            assertHardened(reply, path);
        }
    }

    @Test
    void metricsAreForNetworkAdminsAndHealthForAll() {
        Api.Reply anonymous = Api.at(base).getAny("/metrics");
        anonymous.assertError(401);
        assertHardened(anonymous, "/metrics refused");
        Api.at(base).as(Tokens.coordinator("morbihan")).getAny("/metrics").assertError(403);
        Api.Reply metrics = Api.at(base).as(Tokens.networkAdmin()).getAny("/metrics");
        assertEquals(200, metrics.status(), metrics.toString());
        assertTrue(metrics.body().contains("connection_pool"), "the figures are there for a network admin");
        assertEquals(200, Api.at(base).get("/health/ready").status(), "health stays public");
    }
}
