package org.maillage.deployment;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.maillage.testkit.PlatformDeployment;

/**
 * The platform the {@code end-to-end} Failsafe execution shares (classes tagged {@value #TAG}): it trusts the
 * run's real Keycloak (started by {@code ./maillage test}) instead of the test kit's tokens, keeps the
 * cooperations' groups there, and holds the example cooperations of {@code tenants/} as {@code ./maillage run}
 * has them. Its own execution because a platform trusts one token issuer.
 */
final class EndToEndSuite {

    static final String TAG = "end-to-end";

    private EndToEndSuite() {
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = new HashMap<>(KeycloakEndToEndIT.keycloakConfig());
        // the signing keys through a gate that KeycloakDownEndToEndIT closes (open for every other class)
        config.put("mp.jwt.verify.publickey.location", KeycloakGate.toKeycloak().through(config.get("mp.jwt.verify.publickey.location")));
        config.put("maillage.tenants.dir", Path.of(System.getProperty("maillage.root", ".."), "tenants").toAbsolutePath().normalize().toString());
        return PlatformDeployment.platform(config);
    }
}
