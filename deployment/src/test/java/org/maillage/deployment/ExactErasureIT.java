package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.deployment.OnboardingFixture.root;

import java.net.URL;
import java.util.List;
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
 * The erasure of a person matches their address exactly: the import problems of their rows go, whatever
 * the column at fault; those of look-alike addresses ({@code _} and {@code %} are not wildcards) stay.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExactErasureIT {

    @ArquillianResource
    URL base;

    @Test
    void erasingAnAddressRemovesTheProblemsOfItsRowsAndNothingOfLookAlikes() {
        String domain = "d" + UUID.randomUUID().toString().substring(0, 8);
        String slug = Api.at(base).as(Tokens.networkAdmin()).newCooperation("effacement", "56", "onboarding");
        String job = OnboardingFixture.importProfiles(base, slug, "1,Anne,Le Goff,a_b@" + domain + ".fr,,,999,,\n"
                + "2,Yann,Kergoat,axb@" + domain + ".fr,,,998,,\n"
                + "3,Zoé,Martin,axb@" + domain + ",,,56000,,\n"
                + "4,Paul,Riou,axb@" + domain + ".fr;,,,56000,,\n");
        assertEquals(List.of(1L, 2L, 3L, 4L), problemLines(slug, job));

        erase(slug, "%x%@%.%");
        assertEquals(List.of(1L, 2L, 3L, 4L), problemLines(slug, job), "a pattern erases nobody");
        erase(slug, "A_B@" + domain + ".fr");
        assertEquals(List.of(2L, 3L, 4L), problemLines(slug, job), "only the rows of a_b@: its postcode's warning too");
    }

    /** Erases through the platform's erasure (the address in a POST body): done (200), or refused as not an address (400). */
    private void erase(String slug, String email) {
        Reply erased = Api.at(base).as(Tokens.coordinator(slug))
                .post("/api/tenants/" + slug + "/personal-data/erasure", "{\"email\": \"" + email + "\"}");
        assertTrue(erased.status() == 200 || erased.status() == 400 && !email.matches("[^%]+@[^%]+"), erased.toString());
    }

    private List<Long> problemLines(String slug, String job) {
        return Api.at(base).as(Tokens.coordinator(slug)).get(root(slug) + "/imports/" + job + "/errors").object().getJsonArray("items")
                .stream().map(p -> p.asJsonObject().getJsonNumber("line").longValue() - 1).distinct().sorted().toList();
    }
}
