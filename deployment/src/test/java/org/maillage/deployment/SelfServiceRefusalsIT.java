package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.Api.Reply;
import org.maillage.testkit.Tokens;

/**
 * The public self-service endpoints give nothing away: a crafted link (a cooperation that exists or not, has
 * onboarding or not, a signature that does not match, numbers out of range) gets the same 404 with the same
 * body on every endpoint, never a 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelfServiceRefusalsIT {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @ArquillianResource
    URL base;

    private static String crafted(String payload) {
        return B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + B64.encodeToString(new byte[32]);
    }

    @Test
    void everyCraftedLinkGetsTheSameNotFound() {
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        String withOnboarding = admin.newCooperation("lien", "56", "onboarding");
        String without = admin.newCooperation("lien", "56", "teams");
        String volunteer = UUID.randomUUID().toString();
        long now = System.currentTimeMillis() / 1000;
        Map<String, String> links = new LinkedHashMap<>();
        links.put("garbage", "n'importe quoi");
        for (String slug : List.of(withOnboarding, without, "inconnue-" + now)) {
            links.put("v1 " + slug, crafted("1|" + slug + "|" + volunteer + "|-|" + now + "|" + (now + 3600)));
            links.put("v2 " + slug, crafted("2|" + slug + "|1|" + volunteer + "|-|0|" + now + "|" + (now + 3600)));
        }
        for (String huge : List.of("99999999999999999", "9223372036854775807", "-9223372036854775808", "1e9", "")) {
            links.put("v1 expiry " + huge, crafted("1|" + withOnboarding + "|" + volunteer + "|-|" + now + "|" + huge));
            links.put("v2 expiry " + huge, crafted("2|" + withOnboarding + "|1|" + volunteer + "|-|0|" + now + "|" + huge));
            links.put("v2 key " + huge, crafted("2|" + withOnboarding + "|" + huge + "|" + volunteer + "|-|" + huge + "|" + now + "|" + (now + 60)));
        }

        String expected = null;
        for (Map.Entry<String, String> link : links.entrySet()) {
            for (Reply reply : List.of(
                    Api.at(base).withHeader("Maillage-Lien", link.getValue()).get("/api/onboarding/self-service"),
                    Api.at(base).withHeader("Maillage-Lien", link.getValue()).put("/api/onboarding/self-service", "{\"interested\": true}"),
                    Api.at(base).withHeader("Maillage-Lien", link.getValue()).post("/api/onboarding/self-service/erasure", null))) {
                assertEquals(404, reply.status(), link.getKey() + ": " + reply);
                reply.assertError(404);
                if (expected == null) {
                    expected = reply.body();
                }
                assertEquals(expected, reply.body(), link.getKey() + " answers like the others");
            }
        }
    }
}
