package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.onboarding.actions.control.FirstActions;
import org.maillage.onboarding.actions.entity.FirstAction;
import org.maillage.onboarding.inactivity.control.Inactivity;
import org.maillage.onboarding.todo.control.Todo;
import org.maillage.onboarding.volunteers.control.OnboardingIndicators;
import org.maillage.onboarding.volunteers.control.Volunteers;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.onboarding.volunteers.entity.VolunteerState;
import org.maillage.platform.api.tenant.TenantWork;
import org.maillage.platform.plugins.control.Enablement;
import org.maillage.platform.tenancy.control.TenantRegistry;
import org.maillage.testkit.Api;
import org.maillage.testkit.Api.Reply;
import org.maillage.testkit.InTenant;
import org.maillage.testkit.Tokens;

/**
 * Onboarding's first actions, matching, to-do list, extension points and inactivity sweep, on a
 * deployed platform with a fixture plugin (« training ») contributing a step, teams and a file format.
 * HTTP tests run as a client; the tests that need controlled dates run inside the deployment and
 * create their volunteers with dates in the past. Each test works in a cooperation of its own, in the
 * Morbihan, with real communes: Vannes (56260) and Séné (56243) share an EPCI, Lorient (56121) is
 * in another.
 */
@ExtendWith(ArquillianExtension.class)
class FirstActionsIT {

    /** Vannes, Séné, Lorient (three EPCI-level distances from Séné), and a volunteer who withdraws. */
    private static final String VOLUNTEERS = """
            id,prenom,nom,email,phone,mobile,code_postal,structure_id,structure_nom
            1,Anne,Vannes,anne@exemple.fr,,,56000,,
            2,Bruno,Sene,bruno@exemple.fr,,,56860,,
            3,Chloé,Lorient,chloe@exemple.fr,,,56100,,
            4,David,Retire,david@exemple.fr,,,56000,,
            5,Emma,Vannes,emma@exemple.fr,,,56000,,
            """;

    @ArquillianResource
    URL base;

    @Inject
    InTenant inTenant;

    @Inject
    TenantRegistry tenants;

    @Inject
    Enablement enablement;

    @Inject
    Volunteers volunteers;

    @Inject
    Todo todo;

    @Inject
    Inactivity inactivity;

    @Inject
    TenantWork tenantWork;

    @Inject
    FirstActions actions;

    @Inject
    OnboardingIndicators indicators;

    // ---------------------------------------------------------------- over HTTP

    private Api coordinator(String slug) {
        return Api.at(base).as(Tokens.coordinator(slug));
    }

    private String cooperation(String... plugins) {
        return Api.at(base).as(Tokens.networkAdmin()).newCooperation("actions", "56", plugins);
    }

    private static String root(String slug) {
        return "/api/tenants/" + slug + "/onboarding";
    }

    /** Imports the volunteers and @return their ids by e-mail. */
    private Map<String, String> imported(String slug, String fileName, String content) {
        String boundary = "----maillage" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content.getBytes(StandardCharsets.UTF_8));
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Reply accepted = coordinator(slug).send("POST", root(slug) + "/imports", "multipart/form-data; boundary=" + boundary, body.toByteArray());
        assertEquals(202, accepted.status(), accepted.toString());
        String id = accepted.object().getString("id");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            JsonObject job = coordinator(slug).get(root(slug) + "/imports/" + id).object();
            if (job.getString("state").equals("DONE")) {
                break;
            }
            assertFalse(job.getString("state").equals("FAILED") || Instant.now().isAfter(deadline), job.toString());
            pause();
        }
        Map<String, String> ids = new HashMap<>();
        for (JsonValue v : coordinator(slug).get(root(slug) + "/volunteers?size=500").object().getJsonArray("items")) {
            ids.put(v.asJsonObject().getString("email"), v.asJsonObject().getString("id"));
        }
        return ids;
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String action(String title, String commune, LocalDate start, int places) {
        return "{\"title\": \"" + title + "\", \"description\": \"Un après-midi ensemble\", \"commune\": \"" + commune
                + "\", \"startsOn\": \"" + start + "\", \"places\": " + places + ", \"partner\": \"CCAS\"}";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    private String created(String slug, String json) {
        Reply reply = coordinator(slug).post(root(slug) + "/first-actions", json);
        assertEquals(201, reply.status(), reply.toString());
        return reply.object().getString("id");
    }

    private Reply enrol(String slug, String actionId, String volunteerId) {
        return coordinator(slug).post(root(slug) + "/first-actions/" + actionId + "/participants", "{\"volunteerId\": \"" + volunteerId + "\"}");
    }

    @Test
    @RunAsClient
    void placesWaitingListAndFirstAction() {
        String slug = cooperation("onboarding");
        Map<String, String> ids = imported(slug, "benevoles.csv", VOLUNTEERS);

        JsonObject refused = coordinator(slug).post(root(slug) + "/first-actions",
                "{\"title\": \"\", \"commune\": \"35238\", \"startsOn\": \"14/03/2027\", \"places\": 0}").assertError(400);
        assertEquals(List.of("title", "commune", "startsOn", "places"),
                refused.getJsonArray("fields").stream().map(f -> f.asJsonObject().getString("field")).toList());

        String id = created(slug, action("Goûter au foyer", "56260", today(), 2));
        assertEquals("ENROLLED", enrol(slug, id, ids.get("anne@exemple.fr")).object().getString("status"));
        assertEquals("ENROLLED", enrol(slug, id, ids.get("bruno@exemple.fr")).object().getString("status"));
        JsonObject third = enrol(slug, id, ids.get("chloe@exemple.fr")).object();
        assertEquals("WAITING", third.getString("status"));
        assertEquals(1, third.getInt("rank"));
        assertEquals("WAITING", enrol(slug, id, ids.get("emma@exemple.fr")).object().getString("status"));
        enrol(slug, id, ids.get("anne@exemple.fr")).assertError(409);

        JsonObject read = coordinator(slug).get(root(slug) + "/first-actions/" + id).object();
        assertEquals(0, read.getInt("placesLeft"));
        assertEquals(2, read.getInt("waiting"));
        coordinator(slug).put(root(slug) + "/first-actions/" + id, action("Goûter au foyer", "56260", today(), 1)).assertError(409);

        assertEquals("LEFT", coordinator(slug).post(root(slug) + "/first-actions/" + id + "/participants/" + ids.get("bruno@exemple.fr") + "/leave", null)
                .object().getString("status"));
        JsonObject people = coordinator(slug).get(root(slug) + "/first-actions/" + id + "/participants").object();
        assertEquals(List.of("Anne", "Chloé"), names(people.getJsonArray("enrolled")), "the first of the waiting list took the place");
        assertEquals(List.of("Emma"), names(people.getJsonArray("waiting")));

        Reply grown = coordinator(slug).put(root(slug) + "/first-actions/" + id, action("Goûter au foyer", "56260", today(), 3));
        assertEquals(200, grown.status(), grown.toString());
        assertEquals(0, grown.object().getInt("placesLeft"), "the new place went to the waiting list");
        assertEquals(0, grown.object().getInt("waiting"));

        assertEquals("NEW", volunteer(slug, ids.get("anne@exemple.fr")).getString("state"), "enrolling does not move the volunteer");
        JsonObject done = coordinator(slug).post(root(slug) + "/first-actions/" + id + "/participants/" + ids.get("anne@exemple.fr") + "/done", null).object();
        assertEquals("DONE", done.getString("status"));
        assertEquals("FIRST_ACTION", volunteer(slug, ids.get("anne@exemple.fr")).getString("state"));

        String later = created(slug, action("Balade", "56260", today().plusDays(10), 5));
        enrol(slug, later, ids.get("emma@exemple.fr"));
        coordinator(slug).post(root(slug) + "/first-actions/" + later + "/participants/" + ids.get("emma@exemple.fr") + "/done", null).assertError(409);

        String other = cooperation("onboarding");
        coordinator(other).get(root(other) + "/first-actions/" + id).assertError(404);
        assertEquals(0, coordinator(other).get(root(other) + "/first-actions").array().size());
        coordinator(other).get(root(slug) + "/first-actions/" + id).assertError(403);
        Api.at(base).as(Tokens.referent(slug)).post(root(slug) + "/first-actions", action("Refusé", "56260", today(), 1)).assertError(403);
    }

    @Test
    @RunAsClient
    void aSelectionOfVolunteersIsAssignedToAnActionAtOnce() {
        String slug = cooperation("onboarding");
        Map<String, String> ids = imported(slug, "benevoles.csv", VOLUNTEERS);
        String id = created(slug, action("Après-midi jeux", "56260", today(), 2));
        enrol(slug, id, ids.get("anne@exemple.fr"));
        String picked = "{\"filter\": {\"ids\": [\"" + ids.get("anne@exemple.fr") + "\", \"" + ids.get("bruno@exemple.fr")
                + "\", \"" + ids.get("chloe@exemple.fr") + "\"]}}";

        Reply reply = coordinator(slug).post(root(slug) + "/first-actions/" + id + "/participants/bulk", picked);
        assertEquals(200, reply.status(), reply.toString());
        JsonObject done = reply.object();
        assertEquals(List.of(3, 1, 1, 1), List.of(done.getInt("matched"), done.getInt("enrolled"), done.getInt("waiting"), done.getInt("refused")),
                "Anne was on the action already; one place left, then the waiting list: " + done);
        JsonObject people = coordinator(slug).get(root(slug) + "/first-actions/" + id + "/participants").object();
        assertEquals(2, people.getJsonArray("enrolled").size());
        assertEquals(1, people.getJsonArray("waiting").size());

        Api.at(base).as(Tokens.referent(slug)).post(root(slug) + "/first-actions/" + id + "/participants/bulk", picked).assertError(403);
        String other = cooperation("onboarding");
        coordinator(other).post(root(other) + "/first-actions/" + id + "/participants/bulk", "{}").assertError(404);
    }

    private JsonObject volunteer(String slug, String id) {
        return coordinator(slug).get(root(slug) + "/volunteers/" + id).object();
    }

    private static List<String> names(JsonArray people) {
        return people.stream().map(p -> p.asJsonObject().getString("firstName")).toList();
    }

    @Test
    @RunAsClient
    void twoVolunteersAskingForTheLastPlaceAtOnceDoNotBothGetIt() throws Exception {
        String slug = cooperation("onboarding");
        StringBuilder csv = new StringBuilder("id,prenom,nom,email,phone,mobile,code_postal,structure_id,structure_nom\n");
        int count = 12;
        for (int i = 0; i < count; i++) {
            csv.append(i).append(",P").append(i).append(",N,p").append(i).append("@exemple.fr,,,56000,,\n");
        }
        List<String> ids = List.copyOf(imported(slug, "foule.csv", csv.toString()).values());
        for (int round = 0; round < 3; round++) {
            String id = created(slug, action("Dernière place " + round, "56260", today(), 1));
            ExecutorService pool = Executors.newFixedThreadPool(count);
            try {
                List<Callable<Reply>> asks = new ArrayList<>();
                for (String volunteer : ids) {
                    asks.add(() -> enrol(slug, id, volunteer));
                }
                List<String> statuses = new ArrayList<>();
                for (Future<Reply> answer : pool.invokeAll(asks)) {
                    Reply reply = answer.get();
                    assertEquals(200, reply.status(), reply.toString());
                    statuses.add(reply.object().getString("status"));
                }
                assertEquals(1, statuses.stream().filter("ENROLLED"::equals).count(), statuses.toString());
                assertEquals(count - 1, statuses.stream().filter("WAITING"::equals).count(), statuses.toString());
            } finally {
                pool.shutdown();
            }
            JsonObject read = coordinator(slug).get(root(slug) + "/first-actions/" + id).object();
            assertEquals(0, read.getInt("placesLeft"));
            assertEquals(count - 1, read.getInt("waiting"));
        }
    }

    @Test
    @RunAsClient
    void matchingGoesFromTheCommuneToTheEpciToTheDepartement() {
        String slug = cooperation("onboarding", "training");
        Map<String, String> ids = imported(slug, "benevoles.csv", VOLUNTEERS);
        coordinator(slug).post(root(slug) + "/volunteers/" + ids.get("david@exemple.fr") + "/transitions",
                "{\"to\": \"WITHDRAWN\", \"reason\": \"déménage\"}");
        String vannes = created(slug, action("À Vannes", "56260", today().plusDays(3), 4));
        String sene = created(slug, action("À Séné", "56243", today().plusDays(5), 1));
        created(slug, action("À Lorient", "56121", today().plusDays(1), 4));
        created(slug, action("Passée", "56243", today().minusDays(3), 4));
        enrol(slug, sene, ids.get("anne@exemple.fr"));

        JsonArray forAction = coordinator(slug).get(root(slug) + "/first-actions/" + vannes + "/suggestions").array();
        assertEquals(List.of("Anne:COMMUNE", "Emma:COMMUNE", "Bruno:EPCI", "Chloé:DEPARTEMENT"), forAction.stream()
                .map(v -> v.asJsonObject().getString("firstName") + ":" + v.asJsonObject().getString("proximity")).toList(),
                "nearest first, the withdrawn volunteer left out");

        JsonObject forBruno = coordinator(slug).get(root(slug) + "/volunteers/" + ids.get("bruno@exemple.fr") + "/suggestions").object();
        assertEquals(List.of("À Séné:COMMUNE:0", "À Vannes:EPCI:4", "À Lorient:DEPARTEMENT:4"), forBruno.getJsonArray("actions").stream()
                .map(a -> a.asJsonObject().getJsonObject("action").getString("title") + ":" + a.asJsonObject().getString("proximity")
                        + ":" + a.asJsonObject().getJsonObject("action").getInt("placesLeft")).toList(),
                "the full action in his commune with its waiting list, the past one left out");
        assertEquals(List.of("team-sene:COMMUNE", "team-lorient:DEPARTEMENT"), forBruno.getJsonArray("teams").stream()
                .map(t -> t.asJsonObject().getString("id") + ":" + t.asJsonObject().getString("proximity")).toList());

        JsonArray forTeam = coordinator(slug).get(root(slug) + "/teams/team-sene/suggestions").array();
        assertEquals("Bruno", forTeam.getJsonObject(0).getString("firstName"));
        coordinator(slug).get(root(slug) + "/teams/nowhere/suggestions").assertError(404);

        String alone = cooperation("onboarding");
        Map<String, String> aloneIds = imported(alone, "benevoles.csv", VOLUNTEERS);
        assertEquals(0, coordinator(alone).get(root(alone) + "/volunteers/" + aloneIds.get("bruno@exemple.fr") + "/suggestions")
                .object().getJsonArray("teams").size(), "no teams where no plugin contributes them");
    }

    @Test
    @RunAsClient
    void aPluginAddsAStepAndAFileFormat() {
        String slug = cooperation("onboarding", "training");
        Map<String, String> ids = imported(slug, "benevoles.pipe", """
                PIPE
                id|prenom|nom|email|phone|mobile|code_postal|structure_id|structure_nom
                1|Gaëlle|Pipe|gaelle@exemple.fr|||56000||
                """);
        String gaelle = ids.get("gaelle@exemple.fr");
        assertTrue(gaelle != null, ids.toString());
        JsonArray steps = coordinator(slug).get(root(slug) + "/volunteers/" + gaelle + "/steps").array();
        assertEquals(1, steps.size());
        assertEquals("Formation à l'écoute", steps.getJsonObject(0).getString("label"));
        assertFalse(steps.getJsonObject(0).getBoolean("done"));
        assertTrue(coordinator(slug).post(root(slug) + "/volunteers/" + gaelle + "/steps/listening", null).object().getBoolean("done"));
        assertTrue(coordinator(slug).get(root(slug) + "/volunteers/" + gaelle + "/steps").array().getJsonObject(0).getBoolean("done"));
        coordinator(slug).post(root(slug) + "/volunteers/" + gaelle + "/steps/unknown", null).assertError(404);

        String without = cooperation("onboarding");
        Map<String, String> plain = imported(without, "benevoles.csv", VOLUNTEERS);
        assertEquals(0, coordinator(without).get(root(without) + "/volunteers/" + plain.get("anne@exemple.fr") + "/steps").array().size());
    }

    @Test
    @RunAsClient
    void theToDoListAnswersWithTheSetting() {
        String slug = cooperation("onboarding");
        imported(slug, "benevoles.csv", VOLUNTEERS);
        JsonObject page = coordinator(slug).get(root(slug) + "/todo").object();
        assertEquals(0, page.getInt("total"), "nobody waits 7 days right after the import");
        assertEquals(7, page.getInt("staleAfterDays"));
        coordinator(slug).get(root(slug) + "/todo?size=0").assertError(400);
        Api.at(base).as(Tokens.referent(slug)).get(root(slug) + "/todo").assertError(403);
    }

    // ---------------------------------------------------------------- inside the deployment, with dates in the past

    private String tenantWithOnboarding() throws Exception {
        String slug = "dates-" + UUID.randomUUID().toString().substring(0, 8);
        inTenant.inTransaction(() -> tenants.create(slug, "Dates", List.of("56")));
        inTenant.as(slug, () -> enablement.enable("onboarding", "test"));
        return slug;
    }

    private Volunteer arrived(String email, OffsetDateTime at, VolunteerState moveTo) {
        Volunteer volunteer = new Volunteer(email, "test", at);
        volunteers.add(volunteer);
        if (moveTo != null) {
            volunteers.add(volunteer.moveTo(moveTo, null, "test", at));
        }
        return volunteer;
    }

    @Test
    void theToDoListHoldsVolunteersWaitingTooLongOldestFirst() throws Exception {
        String slug = tenantWithOnboarding();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        inTenant.as(slug, () -> {
            arrived("new-10@exemple.fr", now.minusDays(10), null);
            arrived("contacted-30@exemple.fr", now.minusDays(30), VolunteerState.CONTACTED);
            arrived("new-3@exemple.fr", now.minusDays(3), null);
            arrived("responded-40@exemple.fr", now.minusDays(40), VolunteerState.RESPONDED);
            return null;
        });
        Todo.Page page = inTenant.as(slug, () -> todo.late(now, 7, 0, 50));
        assertEquals(2, page.total());
        assertEquals(List.of("contacted-30@exemple.fr:30", "new-10@exemple.fr:10"),
                page.items().stream().map(l -> l.volunteer().email() + ":" + l.days()).toList());
        assertEquals(1, inTenant.as(slug, () -> todo.late(now, 20, 0, 50)).total());
        assertEquals(1, inTenant.as(slug, () -> todo.late(now, 7, 1, 50)).items().size(), "the second page");
    }

    @Test
    void inactiveVolunteersAreFlaggedThenAnonymisedUnlessActiveAgain() throws Exception {
        String slug = tenantWithOnboarding();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        String[] ids = inTenant.as(slug, () -> new String[]{
                arrived("quiet@exemple.fr", now.minusDays(1200), VolunteerState.CONTACTED).id(),
                arrived("back@exemple.fr", now.minusDays(1100), null).id(),
                arrived("recent@exemple.fr", now.minusDays(100), null).id()});
        assertTrue(inTenant.inTransaction(() -> tenantWork.tenantsWith("onboarding")).contains(slug));

        Inactivity.Sweep first = inTenant.as(slug, () -> inactivity.sweep(now, 1095, 30));
        assertEquals(new Inactivity.Sweep(2, 0, 0), first);
        assertEquals(new Inactivity.Sweep(0, 0, 0), inTenant.as(slug, () -> inactivity.sweep(now.plusDays(1), 1095, 30)), "flagged once");
        assertEquals(Set.of(ids[0], ids[1]), inTenant.as(slug, () -> Set.copyOf(inactivity.flags().stream().map(f -> f.volunteerId()).toList())));

        inTenant.as(slug, () -> {
            Volunteer back = volunteers.find(ids[1]);
            volunteers.add(back.moveTo(VolunteerState.CONTACTED, null, "test", now.plusDays(5)));
            return null;
        });
        Inactivity.Sweep later = inTenant.as(slug, () -> inactivity.sweep(now.plusDays(31), 1095, 30));
        assertEquals(1, later.cleared(), "activity after the flag clears it");
        assertEquals(1, later.anonymised());
        inTenant.as(slug, () -> {
            assertTrue(volunteers.byEmail("quiet@exemple.fr").isEmpty(), "anonymised");
            assertNull(volunteers.withIds(List.of(ids[0])).get(0).lastName());
            assertEquals(VolunteerState.CONTACTED, volunteers.find(ids[1]).state());
            assertTrue(volunteers.byEmail("recent@exemple.fr").isPresent());
            return null;
        });
    }

    @Test
    void indicatorsGiveRatesPlacesAndDaysToAFirstAction() throws Exception {
        String slug = tenantWithOnboarding();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Number> values = inTenant.as(slug, () -> {
            arrived("waits@exemple.fr", now.minusDays(20), null);
            volunteers.add(arrived("called@exemple.fr", now.minusDays(20), null).moveTo(VolunteerState.CONTACTED, null, "test", now.minusDays(18)));
            Volunteer led = arrived("led@exemple.fr", now.minusDays(20), VolunteerState.CONTACTED);
            volunteers.add(led.moveTo(VolunteerState.RESPONDED, null, "test", now.minusDays(10)));
            volunteers.add(led.moveTo(VolunteerState.FIRST_ACTION, null, "test", now.minusDays(5)));
            actions.create(new FirstAction.Details("Goûter", null, "56260", "Vannes", today(), today(), 4, null), now);
            return indicators.values(YearMonth.now(ZoneOffset.UTC));
        });
        assertEquals(3L, values.get("onboarding.volunteers").longValue());
        assertEquals(66.7, values.get("onboarding.contacted-rate").doubleValue(), "2 of the 3 left NEW");
        assertEquals(50.0, values.get("onboarding.response-rate").doubleValue(), "1 of the 2 contacted answered");
        assertEquals(0.5, values.get("onboarding.volunteers-per-place").doubleValue(), "2 volunteers before a first action, 4 places");
        assertEquals(15.0, values.get("onboarding.days-to-first-action").doubleValue());
    }
}
