package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.Tokens;

/**
 * A fault: Keycloak becomes unreachable for the platform ({@link KeycloakGate} cuts the platform's way to
 * its signing keys; the real Keycloak keeps running for the other classes). Tokens already issued keep
 * working, their keys being cached; a token whose key the platform has not cached (a new login after a key
 * rotation, or a forged one) is refused cleanly, 401 in the error shape and quickly, never a 500 or a hang;
 * the public configuration of the pages still answers. Cooperations refused whole when Keycloak is down:
 * {@link KeycloakDownIT}.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(EndToEndSuite.TAG)
@NeedsKeycloak
@RunAsClient
class KeycloakDownEndToEndIT {

    @ArquillianResource
    URL base;

    @Test
    void issuedTokensKeepWorkingAndUnknownKeysAreRefusedCleanly() throws Exception {
        String token = KeycloakEndToEndIT.password("coord56");
        Api coordinator = Api.at(base).as(token);
        assertEquals(200, coordinator.get("/api/me").status(), "the keys are fetched while Keycloak answers");

        KeycloakGate gate = KeycloakGate.toKeycloak();
        gate.close();
        try {
            assertEquals(200, coordinator.get("/api/me").status(), "an issued token works with the cached keys");
            assertEquals(200, coordinator.get("/api/tenants/morbihan/plugins").status());

            String realm = KeycloakEndToEndIT.KEYCLOAK + "/realms/maillage";
            String unknownKey = Tokens.token("coord56").in("morbihan", "coordinator").issuer(realm).signedByStranger().sign();
            Instant sent = Instant.now();
            Api.Reply refused = Api.at(base).as(unknownKey).get("/api/me");
            Duration took = Duration.between(sent, Instant.now());
            refused.assertError(401);
            assertTrue(took.toSeconds() < 15, "refused quickly, not after a hang: " + took);
            assertEquals(200, Api.at(base).get("/api/ui-config").status(), "the pages' configuration still answers");
        } finally {
            gate.open();
        }
    }
}
