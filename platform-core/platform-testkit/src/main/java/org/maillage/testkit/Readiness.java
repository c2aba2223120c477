package org.maillage.testkit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.DeploymentContext;
import org.jboss.arquillian.core.api.Instance;

/**
 * Whether a deployed platform really started. Payara Micro reports a deployment whose application failed
 * (a CDI error, a failed migration) as deployed; the platform's readiness check {@code maillage-database}
 * is UP only once its start-up went through.
 */
final class Readiness {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Readiness() {
    }

    /** @return what is wrong, or null when the platform of the scenario's first deployment is ready */
    static String problem(DeploymentScenario scenario, DeploymentContext context, Instance<ProtocolMetaData> metaData) {
        Deployment deployment = scenario.deployments().get(0);
        HTTPContext http;
        context.activate(deployment);
        try {
            http = metaData.get().getContexts(HTTPContext.class).iterator().next();
        } finally {
            context.deactivate();
        }
        URI ready = URI.create("http://" + http.getHost() + ":" + http.getPort() + "/health/ready");
        String last = "no answer";
        for (int attempt = 0; attempt < 30; attempt++) {
            try {
                HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                if (response.body().replaceAll("\\s", "").contains("\"name\":\"maillage-database\",\"status\":\"UP\"")) {
                    warmOpenApi(ready.resolve("/openapi"));
                    return null;
                }
                Thread.sleep(1000);
            } catch (java.io.IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
        return ready + " answered " + last;
    }

    /**
     * Builds the OpenAPI document once, before the first test: Payara builds it on its first request, which on a
     * loaded machine outlasts a test client's 30 s (the access matrix, the fuzzing and the contract tests read it).
     */
    private static void warmOpenApi(URI openApi) throws InterruptedException {
        try {
            CLIENT.send(HttpRequest.newBuilder(openApi).timeout(Duration.ofSeconds(240)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            // the tests that read it will say what is wrong
        }
    }
}
