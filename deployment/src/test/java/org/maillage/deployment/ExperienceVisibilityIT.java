package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.deployment.ExperienceFixture.attach;
import static org.maillage.deployment.ExperienceFixture.fiches;
import static org.maillage.deployment.ExperienceFixture.move;
import static org.maillage.deployment.ExperienceFixture.network;
import static org.maillage.deployment.ExperienceFixture.ok;
import static org.maillage.deployment.ExperienceFixture.unique;
import static org.maillage.deployment.ExperienceFixture.write;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.Tokens;

/**
 * Who sees which fiche through which endpoint: three cooperations (A writes; B reads the network; C has not enabled
 * the plugin) × their roles and network admins × each state of A's fiches (a coordinator's draft, a referent's
 * draft, kept to the cooperation, shared with the network, shared then hidden by network admins, shared then
 * withdrawn) × every endpoint that can name a fiche. Only what A shared and the network did not hide leaves A.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExperienceVisibilityIT {

    @ArquillianResource
    URL base;

    /** A valid content for the PUT of a fiche, with a version: what decides its answer is who asks. */
    private static final String CONTENT = ExperienceFixture.body("Réécrite", "", "").replaceFirst("}$", ", \"version\": 0}");

    /** One fiche of A in a state, with its file, and the word only its text holds. */
    private record Case(String state, String id, String attachment, String word) {
    }

    /** A caller: their client and the cooperation in whose path they call. */
    private record Caller(String who, Api api, String path) {
    }

    @Test
    void onlyWhatACooperationSharedAndTheNetworkShowsLeavesIt() {
        ExperienceFixture fixture = new ExperienceFixture(base);
        String a = fixture.cooperation("partage-a", "56");
        String b = fixture.cooperation("partage-b", "35");
        String c = fixture.admin().newCooperation("partage-c", "29");
        Api coordinatorA = fixture.coordinator(a, unique("coord-a") + "@exemple.fr");
        Api referentA = fixture.referent(a, unique("ref-a") + "@exemple.fr");

        Map<String, Case> cases = new LinkedHashMap<>();
        for (String state : List.of("DRAFT", "REFERENT_DRAFT", "COOPERATION", "NETWORK", "HIDDEN", "WITHDRAWN")) {
            String word = unique("matrice");
            Api author = state.equals("REFERENT_DRAFT") ? referentA : coordinatorA;
            JsonObject fiche = write(author, a, "Fiche " + word, "Résumé " + word, "Le texte " + word + " des bénévoles.");
            String attachment = attach(author, a, fiche.getString("id"), "photo.png", ExperienceFixture.PNG).getString("id");
            switch (state) {
                case "COOPERATION" -> move(coordinatorA, a, fiche, "COOPERATION");
                case "NETWORK" -> move(coordinatorA, a, fiche, "NETWORK");
                case "HIDDEN" -> {
                    move(coordinatorA, a, fiche, "NETWORK");
                    JsonObject shared = ok(fixture.admin().get("/api/experience/fiches/" + fiche.getString("id")));
                    ok(fixture.admin().post("/api/experience/fiches/" + fiche.getString("id") + "/hide",
                            "{\"reason\": \"Des noms de personnes visitées\", \"version\": " + shared.getJsonNumber("version") + "}"));
                }
                case "WITHDRAWN" -> {
                    move(coordinatorA, a, fiche, "NETWORK");
                    move(coordinatorA, a, fiche, "COOPERATION");
                }
                default -> { }
            }
            cases.put(state, new Case(state, fiche.getString("id"), attachment, word));
        }

        List<Caller> callers = List.of(
                new Caller("coordinator of A", coordinatorA, a),
                new Caller("referent of A", referentA, a),
                new Caller("coordinator of B", fixture.coordinator(b, unique("coord-b") + "@exemple.fr"), b),
                new Caller("referent of B", fixture.referent(b, unique("ref-b") + "@exemple.fr"), b),
                new Caller("coordinator of B in A's path", fixture.coordinator(b, unique("coord-b") + "@exemple.fr"), a),
                new Caller("coordinator of C (plugin not enabled)", Api.at(base).as(Tokens.coordinator(c)), c),
                new Caller("network admin in A's path", fixture.admin(), a));

        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Case fiche : cases.values()) {
            for (Caller caller : callers) {
                for (Map.Entry<String, Integer> expected : expectations(caller, fiche).entrySet()) {
                    String[] request = expected.getKey().split(" ", 2);
                    String path = request[1];
                    String body = switch (request[0]) {
                        case "PUT" -> CONTENT;
                        case "POST" -> path.endsWith("/exchanges") ? "{\"kind\": \"QUESTION\", \"text\": \"Comment ?\"}"
                                : path.endsWith("/state") ? "{\"state\": \"NETWORK\", \"version\": 0}" : "{}";
                        default -> null;
                    };
                    Api.Reply reply = caller.api().send(request[0], path, body == null ? null : "application/json", body);
                    checked++;
                    if (reply.status() != expected.getValue()) {
                        failures.add(fiche.state() + " / " + caller.who() + " / " + expected.getKey() + ": expected " + expected.getValue() + ", got " + reply);
                    } else if (reply.status() >= 400 && reply.body().contains(fiche.word())) {
                        failures.add(fiche.state() + " / " + caller.who() + " / " + expected.getKey() + ": a refusal names the fiche: " + reply);
                    }
                }
                if (caller.path().equals(b) || caller.path().equals(a) && caller.who().endsWith("of A")) {
                    String feed = caller.api().get(network(caller.path()) + "?q=" + fiche.word()).body();
                    boolean listed = feed.contains(fiche.id());
                    if (listed != fiche.state().equals("NETWORK")) {
                        failures.add(fiche.state() + " / " + caller.who() + " / search: listed " + listed + " " + feed);
                    }
                    if (!fiche.state().equals("NETWORK") && caller.api().get(network(caller.path())).body().contains(fiche.word())) {
                        failures.add(fiche.state() + " / " + caller.who() + " / the feed shows it");
                    }
                    checked += 2;
                }
            }
            String national = fixture.admin().get("/api/experience/fiches").body();
            if (national.contains(fiche.id()) != List.of("NETWORK", "HIDDEN").contains(fiche.state())) {
                failures.add(fiche.state() + " / network admin's list: " + national.contains(fiche.id()));
            }
            int adminRead = fixture.admin().get("/api/experience/fiches/" + fiche.id()).status();
            if (adminRead != (List.of("NETWORK", "HIDDEN").contains(fiche.state()) ? 200 : 404)) {
                failures.add(fiche.state() + " / network admin reads the copy: " + adminRead);
            }
        }
        assertEquals(List.of(), failures, "of " + checked + " checks");
        assertTrue(checked > 300, "checks made: " + checked);

        JsonObject hidden = ok(coordinatorA.get(fiches(a) + "/" + cases.get("HIDDEN").id()));
        assertEquals("Des noms de personnes visitées", hidden.getJsonObject("network").getString("hiddenReason"), "the author cooperation reads why");
        JsonObject hiddenToB = fixture.coordinator(b, "x@exemple.fr").get(network(b) + "/" + cases.get("NETWORK").id()).object();
        assertFalse(hiddenToB.toString().contains("@exemple.fr"), "no writer's address in the network's copy: " + hiddenToB);
    }

    /** @return for each request (method and path) the status the caller must get for this fiche */
    private static Map<String, Integer> expectations(Caller caller, Case fiche) {
        String own = fiches(caller.path()) + "/" + fiche.id();
        String shared = network(caller.path()) + "/" + fiche.id();
        Map<String, Integer> expected = new LinkedHashMap<>();
        boolean inA = caller.who().endsWith("of A");
        boolean inB = caller.who().equals("coordinator of B") || caller.who().equals("referent of B");
        boolean coordinator = caller.who().startsWith("coordinator");
        boolean shown = fiche.state().equals("NETWORK");
        boolean copied = shown || fiche.state().equals("HIDDEN");
        int refusal = caller.who().contains("plugin not enabled") ? 404 : 403;
        if (!inA && !inB) {
            // another cooperation's path, or network admins on the cooperation's own endpoints
            for (String path : List.of(own, own + "/attachments/" + fiche.attachment(), shared, shared + "/attachments/" + fiche.attachment())) {
                expected.put("GET " + path, refusal);
            }
            expected.put("PUT " + own, refusal);
            expected.put("DELETE " + own, refusal);
            expected.put("POST " + shared + "/exchanges", refusal);
            expected.put("POST " + shared + "/reuse", refusal);
            return expected;
        }
        if (inA) {
            boolean reads = coordinator || !fiche.state().equals("DRAFT");
            expected.put("GET " + own, reads ? 200 : 404);
            expected.put("GET " + own + "/attachments/" + fiche.attachment(), reads ? 200 : 404);
            expected.put("GET " + shared, copied ? 200 : 404);
            expected.put("GET " + shared + "/attachments/" + fiche.attachment(), copied ? 200 : 404);
            expected.put("POST " + shared + "/exchanges", copied ? 409 : 404);
            expected.put("POST " + shared + "/reuse", copied ? 409 : 404);
            if (!coordinator) {
                expected.put("POST " + own + "/state", 403);
                if (!reads) {
                    expected.put("PUT " + own, 404);
                } else if (!fiche.state().equals("REFERENT_DRAFT")) {
                    expected.put("PUT " + own, 403);
                }
            }
            return expected;
        }
        // B, in its own path: A's fiches exist only as the network's shown copies
        expected.put("GET " + own, 404);
        expected.put("GET " + own + "/attachments/" + fiche.attachment(), 404);
        expected.put("PUT " + own, 404);
        expected.put("DELETE " + own, 404);
        expected.put("POST " + own + "/state", coordinator ? 404 : 403);
        expected.put("GET " + shared, shown ? 200 : 404);
        expected.put("GET " + shared + "/attachments/" + fiche.attachment(), shown ? 200 : 404);
        expected.put("POST " + shared + "/exchanges", shown ? 201 : 404);
        expected.put("POST " + shared + "/reuse", shown ? 200 : 404);
        return expected;
    }
}
