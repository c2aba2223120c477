package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;

/**
 * Roles per cooperation with real Keycloak tokens: the demo account {@code coord56-ref35} is in the groups
 * {@code /cooperations/morbihan/coordinator} and {@code /cooperations/ille-et-vilaine/team-referent}. She acts as
 * a coordinator in the Morbihan and is refused coordinator actions in Ille-et-Vilaine, where the teams plugin
 * shows her only the team she refers. The same with test tokens: {@link CooperationRolesIT}.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(EndToEndSuite.TAG)
@NeedsKeycloak
@RunAsClient
class CooperationRolesEndToEndIT {

    private static final String TIME_ZONE = "{\"value\": \"Europe/Paris\"}";

    @ArquillianResource
    URL base;

    @Test
    void theDemoAccountCoordinatesTheMorbihanAndOnlyRefersATeamInIlleEtVilaine() throws Exception {
        KeycloakEndToEndIT.awaitKeycloak();
        Api soizic = Api.at(base).as(KeycloakEndToEndIT.password("coord56-ref35"));
        Api coord35 = Api.at(base).as(KeycloakEndToEndIT.password("coord35"));
        Api coord56 = Api.at(base).as(KeycloakEndToEndIT.password("coord56"));
        String run = UUID.randomUUID().toString().substring(0, 8);

        JsonObject me = soizic.get("/api/me").object();
        assertEquals(List.of("ille-et-vilaine:team-referent", "morbihan:coordinator"), me.getJsonArray("cooperations").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("slug") + ":" + String.join(",", c.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()))
                .sorted().toList());

        // Morbihan: coordinator
        assertEquals(200, soizic.put("/api/tenants/morbihan/settings/maillage.tenant.time-zone", TIME_ZONE).status());
        String byYann = created(coord56.post(teams("morbihan"), team("Équipe de Yann " + run, "56260", "")));
        assertEquals(201, soizic.post(teams("morbihan"), team("Équipe de Soizic " + run, "56260", "")).status());
        assertTrue(ids(soizic.get(teams("morbihan"))).contains(byYann), "a coordinator sees every team of her cooperation");

        // Ille-et-Vilaine: team referent only
        soizic.put("/api/tenants/ille-et-vilaine/settings/maillage.tenant.time-zone", TIME_ZONE).assertError(403);
        soizic.post(teams("ille-et-vilaine"), team("Refusée " + run, "35238", "")).assertError(403);
        String hers = created(coord35.post(teams("ille-et-vilaine"), team("Rennes Nord " + run, "35238", "\"coord56-ref35\"")));
        String other = created(coord35.post(teams("ille-et-vilaine"), team("Rennes Sud " + run, "35238", "")));
        List<String> seen = ids(soizic.get(teams("ille-et-vilaine")));
        assertTrue(seen.contains(hers) && !seen.contains(other), "a referent sees the teams she refers only: " + seen);
        soizic.get(teams("ille-et-vilaine") + "/" + other).assertError(404);
    }

    private static String teams(String slug) {
        return "/api/tenants/" + slug + "/teams";
    }

    private static String team(String name, String commune, String referents) {
        return "{\"name\": \"" + name + "\", \"carrier\": \"Association de bout en bout\", \"communes\": [\"" + commune + "\"], \"referents\": [" + referents + "]}";
    }

    private static String created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.toString());
        return reply.object().getJsonObject("team").getString("id");
    }

    private static List<String> ids(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.array().getValuesAs(JsonObject.class).stream().map(t -> t.getString("id")).toList();
    }
}
