package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.maillage.testkit.LiveConfig;

/** With Keycloak unreachable, a cooperation is refused whole (503), never half-created. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeycloakDownIT {

    @ArquillianResource
    URL base;

    @BeforeEach
    void keycloakUnreachable() {
        LiveConfig.set(base, "maillage.keycloak.url", "http://127.0.0.1:9");
        LiveConfig.set(base, "maillage.keycloak.provisioning", "true");
        LiveConfig.set(base, "maillage.keycloak.client-secret", "maillage-platform-dev-secret");
    }

    @AfterEach
    void noKeycloak() {
        LiveConfig.clear(base, "maillage.keycloak.url");
        LiveConfig.clear(base, "maillage.keycloak.provisioning");
        LiveConfig.clear(base, "maillage.keycloak.client-secret");
    }

    @Test
    void aCooperationIsRefusedWholeAndNothingIsLeft() {
        Api national = Api.at(base).as(Tokens.networkAdmin());
        String slug = "sans-keycloak-" + UUID.randomUUID().toString().substring(0, 6);
        national.post("/api/tenants", "{\"slug\": \"" + slug + "\", \"displayName\": \"X\", \"departements\": [\"29\"]}").assertError(503);
        national.get("/api/tenants/" + slug).assertError(404);
        assertTrue(national.get("/api/tenants").array().stream().noneMatch(t -> t.asJsonObject().getString("slug").equals(slug)));
    }
}
