package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
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
 * The teams plugin over HTTP: the lifecycle of a team, what a referent sees, members (entered or from
 * onboarding), partners, the log of visits, and the coverage of the Morbihan checked by hand against
 * the territory data ({@code tenants/src/main/resources/org/maillage/territory/communes.tsv}: 249
 * communes, 783,390 inhabitants; Vannes 56260 has 55,790, Séné 56243 9,554; the most populated are
 * Lorient 58,329, Vannes, Lanester 23,263, Ploemeur 18,872). One deployment; each test works in a
 * cooperation of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeamsApiIT {

    @ArquillianResource
    URL base;

    private Api admin() {
        return Api.at(base).as(Tokens.networkAdmin());
    }

    private Api coordinator(String slug) {
        return Api.at(base).as(Tokens.coordinator(slug));
    }

    private Api referent(String slug) {
        return Api.at(base).as(Tokens.referent(slug));
    }

    private static String root(String slug) {
        return "/api/tenants/" + slug + "/teams";
    }

    private static String team(String name, String communes, String referents, String charter) {
        return "{\"name\": \"" + name + "\", \"carrier\": \"Association Les Voisins\", \"project\": \"Visites et sorties\","
                + " \"communes\": [" + communes + "], \"referents\": [" + referents + "]"
                + (charter == null ? "" : ", \"charterSignedOn\": \"" + charter + "\"") + "}";
    }

    private String create(Api api, String slug, String body) {
        Reply created = api.post(root(slug), body);
        assertEquals(201, created.status(), created.toString());
        return created.object().getJsonObject("team").getString("id");
    }

    private String status(Api api, String slug, String id) {
        return api.get(root(slug) + "/" + id).object().getJsonObject("team").getJsonObject("status").getString("code");
    }

    @Test
    void aTeamFollowsItsLifecycleAndImpossibleMovesAre409() {
        String slug = admin().newCooperation("equipes", "56", "teams");
        Api coordinator = coordinator(slug);
        String id = create(coordinator, slug, team("Les Voisins de Vannes", "\"56260\", \"56243\"", "", null));
        JsonObject detail = coordinator.get(root(slug) + "/" + id).object();
        assertEquals("PROJECT", detail.getJsonObject("team").getJsonObject("status").getString("code"));
        assertEquals(List.of("Vannes", "Séné"), detail.getJsonObject("team").getJsonArray("communes").stream()
                .map(c -> c.asJsonObject().getString("nom")).toList());

        String moves = root(slug) + "/" + id + "/transitions";
        JsonObject refused = coordinator.post(moves, "{\"to\": \"DORMANT\", \"reason\": \"pause\"}").assertError(409);
        assertTrue(refused.getString("message").contains("Passage impossible de « En projet » à « En sommeil »"), refused.toString());
        assertTrue(coordinator.post(moves, "{\"to\": \"ACTIVE\"}").assertError(409).getString("message").contains("charte"),
                "no charter, not active");
        assertEquals(200, coordinator.put(root(slug) + "/" + id, team("Les Voisins de Vannes", "\"56260\", \"56243\"", "", "2026-01-15")).status());
        assertEquals(200, coordinator.post(moves, "{\"to\": \"ACTIVE\"}").status());
        coordinator.post(moves, "{\"to\": \"ACTIVE\"}").assertError(409);
        assertEquals("reason", coordinator.post(moves, "{\"to\": \"DORMANT\"}").assertError(400)
                .getJsonArray("fields").getJsonObject(0).getString("field"));
        assertEquals(200, coordinator.post(moves, "{\"to\": \"DORMANT\", \"reason\": \"Le référent a déménagé\"}").status());
        assertEquals(200, coordinator.post(moves, "{\"to\": \"CLOSED\", \"reason\": \"Plus de bénévoles\"}").status());
        assertTrue(coordinator.post(moves, "{\"to\": \"ACTIVE\"}").assertError(409).getString("message").contains("nouvelle équipe"));
        coordinator.post(moves, "{\"to\": \"SLEEPING\"}").assertError(400);
        JsonObject history = coordinator.get(root(slug) + "/" + id).object();
        assertEquals(List.of("PROJECT→ACTIVE", "ACTIVE→DORMANT", "DORMANT→CLOSED"), history.getJsonArray("history").stream()
                .map(JsonValue::asJsonObject).map(t -> t.getString("from") + "→" + t.getString("to")).toList());
        assertEquals("CLOSED", status(coordinator, slug, id));
    }

    @Test
    void aTeamMustActInTheCooperationsTerritoryAndHaveAFreeName() {
        String slug = admin().newCooperation("equipes", "56", "teams");
        Api coordinator = coordinator(slug);
        JsonObject outside = coordinator.post(root(slug), team("Rennes", "\"35238\"", "", null)).assertError(400);
        assertEquals("communes", outside.getJsonArray("fields").getJsonObject(0).getString("field"));
        coordinator.post(root(slug), team("Sans commune", "", "", null)).assertError(400);
        coordinator.post(root(slug), "{\"communes\": [\"56260\"]}").assertError(400);
        create(coordinator, slug, team("Vannes", "\"56260\"", "", null));
        coordinator.post(root(slug), team("vannes", "\"56243\"", "", null)).assertError(409);
        coordinator.post(root(slug), team("Futur", "\"56260\"", "", LocalDate.now().plusDays(3).toString())).assertError(400);
        assertEquals(1, coordinator.get(root(slug)).array().size(), "nothing half-written");
    }

    @Test
    void aReferentSeesAndRunsOnlyTheTeamsTheyRefer() {
        String slug = admin().newCooperation("equipes", "56", "teams");
        Api coordinator = coordinator(slug);
        Api referent = referent(slug);
        String mine = create(coordinator, slug, team("La mienne", "\"56260\"", "\"Referent-" + slug + "\"", "2026-01-10"));
        String other = create(coordinator, slug, team("L'autre", "\"56243\"", "\"quelqu.un@exemple.fr\"", null));

        assertEquals(2, coordinator.get(root(slug)).array().size());
        assertEquals(List.of(mine), referent.get(root(slug)).array().stream().map(t -> t.asJsonObject().getString("id")).toList());
        assertEquals(200, referent.get(root(slug) + "/" + mine).status());
        referent.get(root(slug) + "/" + other).assertError(404);
        referent.put(root(slug) + "/" + other, team("L'autre", "\"56243\"", "", null)).assertError(404);
        referent.post(root(slug) + "/" + other + "/transitions", "{\"to\": \"CLOSED\", \"reason\": \"x\"}").assertError(404);
        referent.post(root(slug) + "/" + other + "/members", "{\"firstName\": \"Intrus\"}").assertError(404);
        referent.post(root(slug) + "/" + other + "/actions", "{\"doneOn\": \"2026-01-12\", \"kind\": \"visit\", \"peopleMet\": 1, \"volunteerHours\": 1}")
                .assertError(404);
        referent.post(root(slug), team("Nouvelle", "\"56260\"", "", null)).assertError(403);
        referent.get(root(slug) + "/coverage").assertError(403);

        assertEquals(200, referent.post(root(slug) + "/" + mine + "/transitions", "{\"to\": \"ACTIVE\"}").status());
        assertEquals(201, referent.post(root(slug) + "/" + mine + "/actions",
                "{\"doneOn\": \"2026-01-12\", \"kind\": \"visit\", \"peopleMet\": 2, \"volunteerHours\": 1.5}").status());
        referent.put(root(slug) + "/" + mine, team("La mienne", "\"56260\"", "\"moi@exemple.fr\"", "2026-01-10")).assertError(403);
        assertEquals(List.of("referent-" + slug), coordinator.get(root(slug) + "/" + mine).object().getJsonObject("team")
                .getJsonArray("referents").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                "stored in lower case, unchanged by the referent");
    }

    @Test
    void coverageOfTheMorbihanCheckedByHand() {
        String slug = admin().newCooperation("couverture", "56", "teams");
        Api coordinator = coordinator(slug);
        String active = create(coordinator, slug, team("Vannes et Séné", "\"56260\", \"56243\"", "", "2026-01-10"));
        assertEquals(200, coordinator.post(root(slug) + "/" + active + "/transitions", "{\"to\": \"ACTIVE\"}").status());
        create(coordinator, slug, team("Lorient en projet", "\"56121\"", "", null));

        JsonObject coverage = coordinator.get(root(slug) + "/coverage").object();
        assertEquals(249, coverage.getInt("communes"));
        assertEquals(2, coverage.getInt("coveredCommunes"), "only the active team covers");
        assertEquals(783390, coverage.getJsonNumber("population").longValue());
        assertEquals(55790 + 9554, coverage.getJsonNumber("coveredPopulation").longValue());
        assertEquals(0.008, coverage.getJsonNumber("communeShare").doubleValue(), 1e-9, "2 / 249");
        assertEquals(0.0834, coverage.getJsonNumber("populationShare").doubleValue(), 1e-9, "65,344 / 783,390");
        assertFalse(coverage.getBoolean("withVolunteers"));
        assertEquals(List.of("Séné", "Vannes"), coverage.getJsonArray("covered").stream().map(c -> c.asJsonObject().getString("nom")).toList());
        assertEquals(247, coverage.getJsonArray("zonesBlanches").size());
        assertEquals(List.of("56121", "56098", "56162", "56083"), coverage.getJsonArray("zonesBlanches").stream().limit(4)
                .map(z -> z.asJsonObject().getString("code")).toList(), "Lorient, Lanester, Ploemeur, Hennebont");
        JsonObject vannesEpci = coverage.getJsonArray("epcis").stream().map(JsonValue::asJsonObject)
                .filter(e -> "200067932".equals(e.getString("epci", null))).findFirst().orElseThrow();
        assertEquals(2, vannesEpci.getInt("coveredCommunes"));
        assertEquals(249, coverage.getJsonArray("epcis").stream().mapToInt(e -> e.asJsonObject().getInt("communes")).sum());
        assertEquals(2, coordinator.get(root(slug) + "/coverage?limit=2").object().getJsonArray("zonesBlanches").size());
        coordinator.get(root(slug) + "/coverage?rank=beauty").assertError(400);
    }

    @Test
    void withoutOnboardingMembersAreEnteredDirectlyAndVisitsIdentifyNobody() {
        String slug = admin().newCooperation("equipes", "56", "teams");
        Api coordinator = coordinator(slug);
        String id = create(coordinator, slug, team("Séné solidaire", "\"56243\"", "", "2026-01-10"));
        String members = root(slug) + "/" + id + "/members";

        assertFalse(coordinator.get(root(slug) + "/volunteers?q=anne").object().getBoolean("onboarding"));
        assertEquals("volunteerId", coordinator.post(members, "{\"volunteerId\": \"abc\"}").assertError(400)
                .getJsonArray("fields").getJsonObject(0).getString("field"));
        Reply added = coordinator.post(members, "{\"firstName\": \"Louise\", \"lastName\": \"Le Gall\", \"email\": \"Louise@Exemple.fr\", \"joinedOn\": \"2026-01-11\"}");
        assertEquals(201, added.status(), added.toString());
        assertEquals("louise@exemple.fr", added.object().getString("email"));
        String louise = added.object().getString("id");
        coordinator.post(members, "{\"firstName\": \"Louise\", \"email\": \"louise@exemple.fr\"}").assertError(409);
        coordinator.post(members, "{\"lastName\": \"Sans prénom\"}").assertError(400);

        String actions = root(slug) + "/" + id + "/actions";
        assertEquals("firstNames", coordinator.post(actions, "{\"doneOn\": \"2026-01-12\", \"kind\": \"visit\", \"peopleMet\": 1,"
                + " \"volunteerHours\": 2, \"firstNames\": \"Mme Durand, 3 rue de la Gare\"}").assertError(400)
                .getJsonArray("fields").getJsonObject(0).getString("field"));
        coordinator.post(actions, "{\"doneOn\": \"2026-01-12\", \"kind\": \"massage\", \"peopleMet\": 1, \"volunteerHours\": 2}").assertError(400);
        coordinator.post(actions, "{\"doneOn\": \"2026-01-12\", \"kind\": \"visit\", \"peopleMet\": -1, \"volunteerHours\": 2}").assertError(400);
        coordinator.post(actions, "{\"doneOn\": \"2026-01-12\", \"kind\": \"visit\", \"peopleMet\": 1, \"volunteerHours\": 2, \"commune\": \"35238\"}").assertError(400);
        Reply logged = coordinator.post(actions, "{\"doneOn\": \"2026-01-12\", \"kind\": \"visit\", \"commune\": \"56243\", \"peopleMet\": 2,"
                + " \"volunteerHours\": \"2,5\", \"firstNames\": \"Marie, J.-P.\", \"participants\": [\"" + louise + "\"]}");
        assertEquals(201, logged.status(), logged.toString());
        assertEquals("Visite à domicile", logged.object().getString("kindLabel"));
        assertEquals("Marie, J.-P.", logged.object().getString("firstNames"));
        assertEquals(7, coordinator.get(root(slug) + "/action-kinds").array().size());

        Reply partner = coordinator.post(root(slug) + "/partners", "{\"name\": \"CCAS de Séné\", \"kind\": \"ccas\", \"commune\": \"56243\", \"contact\": \"02 97 00 00 00\"}");
        assertEquals(201, partner.status(), partner.toString());
        coordinator.post(root(slug) + "/partners", "{\"name\": \"Club\", \"kind\": \"CLUB\"}").assertError(400);
        String partnerId = partner.object().getString("id");
        assertEquals(200, coordinator.put(root(slug) + "/" + id + "/partners/" + partnerId, null).status());
        assertEquals(200, coordinator.put(root(slug) + "/" + id + "/partners/" + partnerId, null).status(), "linking twice changes nothing");

        JsonObject detail = coordinator.get(root(slug) + "/" + id).object();
        assertEquals(List.of("CCAS de Séné"), detail.getJsonArray("partners").stream().map(p -> p.asJsonObject().getString("name")).toList());
        assertEquals(1, detail.getJsonArray("actions").size());
        assertEquals(1, detail.getJsonObject("team").getInt("members"));

        assertEquals(200, coordinator.put(members + "/" + louise + "/left", "{\"leftOn\": \"2026-01-20\"}").status());
        coordinator.put(members + "/" + louise + "/left", "{\"leftOn\": \"2026-01-21\"}").assertError(409);
        assertEquals(0, coordinator.get(root(slug) + "/" + id).object().getJsonObject("team").getInt("members"));
    }

    @Test
    void membersFromOnboardingMoveToInTeamAndCountInTheRanking() throws Exception {
        String slug = admin().newCooperation("ensemble", "56", "onboarding", "teams");
        Api coordinator = coordinator(slug);
        String csv = """
                id,prenom,nom,email,phone,mobile,code_postal,structure_id,structure_nom
                1,Anne,Le Goff,anne.legoff@exemple.fr,,,56000,,
                2,Gaël,Le Bihan,gael.lebihan@exemple.fr,,,56000,,
                3,Zoé,Martin,zoe.martin@exemple.fr,,,56000,,
                """;
        ProfileImports.importAndWait(coordinator, slug, csv);
        JsonObject page = coordinator.get("/api/tenants/" + slug + "/onboarding/volunteers?sort=name").object();
        assertEquals(3, page.getJsonArray("items").size(), page.toString());
        List<String> ids = List.of("anne.legoff@exemple.fr", "gael.lebihan@exemple.fr", "zoe.martin@exemple.fr").stream()
                .map(email -> page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                        .filter(v -> email.equals(v.getString("email"))).findFirst().orElseThrow().getString("id"))
                .toList();
        // Anne and Gaël move to Pontivy (56178); Zoé stays in Vannes (56000).
        for (String volunteer : ids.subList(0, 2)) {
            assertEquals(200, coordinator.put("/api/tenants/" + slug + "/onboarding/volunteers/" + volunteer + "/commune", "{\"code\": \"56178\"}").status());
        }

        String id = create(coordinator, slug, team("Vannes", "\"56260\"", "", "2026-01-10"));
        JsonObject candidates = coordinator.get(root(slug) + "/volunteers?q=le%20goff").object();
        assertTrue(candidates.getBoolean("onboarding"));
        assertEquals(1, candidates.getJsonArray("volunteers").size());
        Reply joined = coordinator.post(root(slug) + "/" + id + "/members", "{\"volunteerId\": \"" + ids.get(0) + "\"}");
        assertEquals(201, joined.status(), joined.toString());
        assertEquals("anne.legoff@exemple.fr", joined.object().getString("email"));
        assertEquals("IN_TEAM", coordinator.get("/api/tenants/" + slug + "/onboarding/volunteers/" + ids.get(0)).object().getString("state"));
        coordinator.post(root(slug) + "/" + id + "/members", "{\"volunteerId\": \"" + ids.get(0) + "\"}").assertError(409);
        coordinator.post(root(slug) + "/" + id + "/members", "{\"volunteerId\": \"" + UUID.randomUUID() + "\"}").assertError(404);
        String second = create(coordinator, slug, team("Séné", "\"56243\"", "", null));
        assertEquals(201, coordinator.post(root(slug) + "/" + second + "/members", "{\"volunteerId\": \"" + ids.get(0) + "\"}").status(),
                "one person, several teams");

        JsonObject coverage = coordinator.get(root(slug) + "/coverage?rank=volunteers").object();
        assertTrue(coverage.getBoolean("withVolunteers"));
        JsonObject first = coverage.getJsonArray("zonesBlanches").getJsonObject(0);
        assertEquals("56178", first.getString("code"), coverage.getJsonArray("zonesBlanches").subList(0, 3).toString());
        assertEquals(2, first.getInt("volunteers"));

        assertEquals(200, admin().post("/api/tenants/" + slug + "/plugins/onboarding/disable", null).status(),
                "teams depends on onboarding only optionally");
        assertFalse(coordinator.get(root(slug) + "/volunteers").object().getBoolean("onboarding"));
        assertEquals(200, coordinator.get(root(slug) + "/" + id).status());
    }
}
