package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.Tokens;

/**
 * Benchmark, not a test (it asserts no time, and its name keeps it out of the normal runs): the cost of the
 * second wall on a read by id, {@code GET …/onboarding/volunteers/{id}} over HTTP with a coordinator's token,
 * 4 cooperations of 2,000 volunteers each in the table, 500 warm-up requests then 3,000 timed ones, one after
 * the other. Run it on a branch with the wall and on one without; see bench/wall/README.md.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WallBench {

    @ArquillianResource
    URL base;

    @Test
    void readByIdThreeThousandTimes() throws Exception {
        String slug = null;
        for (int c = 0; c < 4; c++) {
            String made = Api.at(base).as(Tokens.networkAdmin()).newCooperation("mur", "56", "onboarding");
            StringBuilder csv = new StringBuilder("id,prenom,nom,email,code_postal\n");
            for (int i = 0; i < 2000; i++) {
                csv.append(i).append(",Prénom").append(i).append(",Nom").append(i).append(",m").append(c).append('.').append(i)
                        .append("@exemple.fr,56000\n");
            }
            ProfileImports.importAndWait(Api.at(base).as(Tokens.coordinator(made)), made, csv.toString());
            slug = made;
        }
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        String root = OnboardingFixture.root(slug) + "/volunteers";
        List<String> ids = new ArrayList<>();
        coordinator.get(root + "?size=100").object().getJsonArray("items").forEach(v -> ids.add(v.asJsonObject().getString("id")));
        for (int i = 0; i < 500; i++) {
            assertEquals(200, coordinator.get(root + "/" + ids.get(i % ids.size())).status());
        }
        int runs = 3000;
        long[] nanos = new long[runs];
        long began = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            int status = coordinator.get(root + "/" + ids.get(i % ids.size())).status();
            nanos[i] = System.nanoTime() - start;
            assertEquals(200, status);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        Arrays.sort(nanos);
        String report = String.format("GET /onboarding/volunteers/{id}, %d requests in %.1f s (%.0f/s): median %.2f ms, p90 %.2f ms,"
                        + " p99 %.2f ms, mean %.2f ms%n", runs, seconds, runs / seconds, nanos[runs / 2] / 1e6, nanos[runs * 90 / 100] / 1e6,
                nanos[runs * 99 / 100] / 1e6, Arrays.stream(nanos).average().orElse(0) / 1e6);
        System.out.print(report);
        Files.writeString(Path.of("target/wall-bench.txt"), report);
    }
}
