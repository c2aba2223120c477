package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.Api.Reply;
import org.maillage.testkit.Tokens;

/**
 * Benchmark, not a test (it asserts no time, and its name keeps it out of the normal runs): the
 * coverage of the Pas-de-Calais (887 communes) over HTTP, with 60 active teams of 5 communes and 3,000
 * onboarded volunteers. Run it with {@code -Dit.test=TeamsCoverageBench}; see bench/teams-coverage/README.md.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeamsCoverageBench {


    @ArquillianResource
    URL base;

    @Test
    void coverageOfThePasDeCalais() throws Exception {
        String slug = Api.at(base).as(Tokens.networkAdmin()).newCooperation("bench", "62", "onboarding", "teams");
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        String root = "/api/tenants/" + slug + "/teams";
        List<String[]> postcodes = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(System.getProperty("maillage.root"),
                "tenants/src/main/resources/org/maillage/territory/postcodes.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length == 3 && f[1].startsWith("62")) {
                postcodes.add(f);
            }
        }
        Random random = new Random(62);
        for (int t = 0; t < 60; t++) {
            LinkedHashSet<String> communes = new LinkedHashSet<>();
            while (communes.size() < 5) {
                communes.add("\"" + postcodes.get(random.nextInt(postcodes.size()))[1] + "\"");
            }
            Reply created = coordinator.post(root, "{\"name\": \"Équipe " + t + "\", \"communes\": [" + String.join(",", communes)
                    + "], \"charterSignedOn\": \"2026-01-10\"}");
            assertEquals(201, created.status(), created.toString());
            String id = created.object().getJsonObject("team").getString("id");
            assertEquals(200, coordinator.post(root + "/" + id + "/transitions", "{\"to\": \"ACTIVE\"}").status());
        }
        StringBuilder csv = new StringBuilder("id,prenom,nom,email,code_postal\n");
        for (int i = 0; i < 3000; i++) {
            csv.append(i).append(",Prénom").append(i).append(",Nom").append(i).append(",b").append(i).append("@exemple.fr,")
                    .append(postcodes.get(random.nextInt(postcodes.size()))[0]).append('\n');
        }
        ProfileImports.importAndWait(coordinator, slug, csv.toString());

        for (int i = 0; i < 30; i++) {
            assertEquals(200, coordinator.get(root + "/coverage?rank=volunteers").status());
        }
        int runs = 200;
        long[] nanos = new long[runs];
        Reply last = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = coordinator.get(root + "/coverage?rank=" + (i % 2 == 0 ? "population" : "volunteers"));
            nanos[i] = System.nanoTime() - start;
            assertEquals(200, last.status());
        }
        Arrays.sort(nanos);
        String report = String.format("Pas-de-Calais: %d communes, %d covered, %d zones blanches, %d bytes of JSON%n"
                        + "GET /teams/coverage over %d requests: median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                last.object().getInt("communes"), last.object().getInt("coveredCommunes"),
                last.object().getJsonArray("zonesBlanches").size(), last.body().length(), runs,
                nanos[runs / 2] / 1e6, nanos[runs * 95 / 100] / 1e6, nanos[runs - 1] / 1e6);
        System.out.print(report);
        Files.writeString(Path.of("target/teams-coverage-bench.txt"), report);
    }
}
