package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.deployment.OnboardingFixture.outbox;
import static org.maillage.deployment.OnboardingFixture.root;
import static org.maillage.deployment.OnboardingFixture.unique;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.Api.Reply;
import org.maillage.testkit.TestDatabase;
import org.maillage.testkit.LiveConfig;
import org.maillage.testkit.Tokens;

/**
 * Simultaneous edits of one row over HTTP ({@link ConcurrentEdits} makes them overlap): a campaign is sent
 * once, whatever the number of sends at the same moment; two edits of the same version of a row give one
 * success and one 409 in the error shape.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentEditsIT {

    private static final int SENDS = 4;
    private static final int ROUNDS = 3;

    private static final String SEND_LIMIT = "maillage.rate-limit.onboarding-campaign-send.per-person";

    @ArquillianResource
    URL base;

    @Test
    void simultaneousSendsOfACampaignQueueEachMessageOnce() throws Exception {
        String anne = unique("anne");
        String yann = unique("yann");
        String slug = OnboardingFixture.cooperationWith(base, "Anne,Le Goff," + anne + ",56000", "Yann,Kergoat," + yann + ",56000");
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        // more sends than one person's rate limit allows: the limit is RateLimitIT's subject, not this test's
        LiveConfig.set(base, SEND_LIMIT, "1000");
        try {
            sendEachRoundOnce(coordinator, slug, anne, yann);
        } finally {
            LiveConfig.clear(base, SEND_LIMIT);
        }
    }

    private void sendEachRoundOnce(Api coordinator, String slug, String anne, String yann) throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Reply created = coordinator.post(root(slug) + "/campaigns", "{\"subject\": \"Bonjour\", \"body\": \"Bonjour {prénom} : {lien}\"}");
            assertEquals(201, created.status(), created.toString());
            String id = created.object().getString("id");

            List<Callable<Reply>> sends = new ArrayList<>();
            for (int i = 0; i < SENDS; i++) {
                sends.add(() -> coordinator.post(root(slug) + "/campaigns/" + id + "/send", null));
            }
            List<Reply> replies = ConcurrentEdits.whileLocked("onboarding_campaign", id, sends);

            Map<Integer, Long> statuses = replies.stream().collect(Collectors.groupingBy(Reply::status, Collectors.counting()));
            assertEquals(Map.of(200, 1L, 409, (long) SENDS - 1), statuses, replies.toString());
            replies.stream().filter(r -> r.status() == 409).forEach(r -> r.assertError(409));
            JsonObject outbox = coordinator.get(outbox(slug) + "?reference=" + id).object();
            List<String> recipients = outbox.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("recipient")).sorted().toList();
            assertEquals(List.of(anne, yann).stream().sorted().toList(), recipients, "one message per volunteer: " + outbox);
            assertEquals(2, coordinator.get(root(slug) + "/campaigns/" + id).object().getJsonObject("stats").getInt("recipients"));
        }
    }

    @Test
    void twoEditsOfTheSameVersionOfAMemberGiveOneConflict() throws Exception {
        String slug = Api.at(base).as(Tokens.networkAdmin()).newCooperation("versions", "56", "teams");
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        Reply team = coordinator.post("/api/tenants/" + slug + "/teams", "{\"name\": \"Séné solidaire\", \"carrier\": \"Association\","
                + " \"project\": \"Visites\", \"communes\": [\"56243\"], \"referents\": []}");
        assertEquals(201, team.status(), team.toString());
        String members = "/api/tenants/" + slug + "/teams/" + team.object().getJsonObject("team").getString("id") + "/members";
        Reply added = coordinator.post(members, "{\"firstName\": \"Louise\", \"joinedOn\": \"2026-01-11\"}");
        assertEquals(201, added.status(), added.toString());
        String louise = added.object().getString("id");

        List<Reply> replies = ConcurrentEdits.whileLocked("teams_member", louise, List.of(
                () -> coordinator.put(members + "/" + louise + "/left", "{\"leftOn\": \"2026-01-20\"}"),
                () -> coordinator.put(members + "/" + louise + "/left", "{\"leftOn\": \"2026-01-21\"}")));

        assertEquals(List.of(200, 409), replies.stream().map(Reply::status).sorted().toList(), replies.toString());
        replies.stream().filter(r -> r.status() == 409).forEach(r -> r.assertError(409));
    }

    @Test
    void twoEditsOfTheSameVersionOfATeamGiveOneConflictAndNoLostWrite() throws Exception {
        String slug = Api.at(base).as(Tokens.networkAdmin()).newCooperation("versions", "56", "teams");
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        Reply team = coordinator.post("/api/tenants/" + slug + "/teams", team("Séné solidaire"));
        assertEquals(201, team.status(), team.toString());
        String id = team.object().getJsonObject("team").getString("id");
        String path = "/api/tenants/" + slug + "/teams/" + id;

        List<Reply> replies = ConcurrentEdits.whileLocked("teams_team", id, List.of(
                () -> coordinator.put(path, team("Séné solidaire 1")),
                () -> coordinator.put(path, team("Séné solidaire 2"))));

        assertEquals(List.of(200, 409), replies.stream().map(Reply::status).sorted().toList(), replies.toString());
        replies.stream().filter(r -> r.status() == 409).forEach(r -> r.assertError(409));
        String kept = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().object().getJsonObject("team").getString("name");
        assertEquals(kept, coordinator.get(path).object().getJsonObject("team").getString("name"), "what the 200 said is what is stored");
    }

    private static String team(String name) {
        return "{\"name\": \"" + name + "\", \"carrier\": \"Association\", \"project\": \"Visites\", \"communes\": [\"56243\"], \"referents\": []}";
    }

    @Test
    void theRowsEditedConcurrentlyCarryAVersion() throws Exception {
        List<String> tables = List.of("onboarding_campaign", "onboarding_campaign_recipient", "onboarding_participation",
                "onboarding_import_job", "teams_member", "teams_partner", "sample_note");
        try (Connection db = TestDatabase.get().connect();
             PreparedStatement column = db.prepareStatement("select count(*) from information_schema.columns"
                     + " where table_name = ? and column_name = 'version' and is_nullable = 'NO'")) {
            List<String> without = new ArrayList<>();
            for (String table : tables) {
                column.setString(1, table);
                try (ResultSet r = column.executeQuery()) {
                    r.next();
                    if (r.getInt(1) == 0) {
                        without.add(table);
                    }
                }
            }
            assertTrue(without.isEmpty(), "no version column in " + without);
        }
    }
}
