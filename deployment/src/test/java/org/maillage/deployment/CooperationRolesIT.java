package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.platform.api.security.Roles;
import org.maillage.testkit.Api;
import org.maillage.testkit.Tokens;

/**
 * Roles are held per cooperation: a person who coordinates cooperation A and only refers a team in B acts as a
 * coordinator in A and not in B — on the platform's endpoints ({@code @RolesAllowed}), on a plugin's
 * ({@code @RolesAllowed}) and in a plugin's own check ({@code SecurityContext.isUserInRole}: the teams plugin
 * shows a coordinator every team, a referent only theirs). Tokens of the shape before (realm role, bare membership)
 * give nothing. The same with the real Keycloak: {@link CooperationRolesEndToEndIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CooperationRolesIT {

    private static final String NOTE = "{\"author\": \"lea@exemple.fr\", \"text\": \"Réunion jeudi\"}";
    private static final String PAGE_SIZE = "{\"value\": \"20\"}";

    @ArquillianResource
    URL base;

    @Test
    void aCoordinatorInOneCooperationIsOnlyAReferentInAnother() {
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        String a = admin.newCooperation("roles-a", "56", "sample", "teams");
        String b = admin.newCooperation("roles-b", "56", "sample", "teams");
        Api lea = Api.at(base).as(Tokens.token("lea").in(a, Roles.COORDINATOR).in(b, Roles.TEAM_REFERENT).sign());

        assertEquals(200, lea.put(setting(a), PAGE_SIZE).status(), "the platform's coordinator action, in A");
        assertEquals(201, lea.post(notes(a), NOTE).status(), "a plugin's coordinator action, in A");
        assertEquals(201, lea.post(teams(a), team("Vannes", "")).status());

        lea.put(setting(b), PAGE_SIZE).assertError(403);
        lea.post(notes(b), NOTE).assertError(403);
        lea.post(teams(b), team("Vannes", "")).assertError(403);
        assertEquals(200, lea.get(notes(b)).status(), "a referent reads B's notes");

        // The teams plugin asks isUserInRole(coordinator): every team in A, only the one she refers in B.
        Api coordinatorOfB = Api.at(base).as(Tokens.coordinator(b));
        String hers = created(coordinatorOfB.post(teams(b), team("La sienne", "\"lea\"")));
        created(coordinatorOfB.post(teams(b), team("L'autre", "\"quelqu.un@exemple.fr\"")));
        assertEquals(List.of(hers), ids(lea.get(teams(b)).array().getValuesAs(JsonObject.class)));
        assertEquals(1, lea.get(teams(a)).array().size(), "a coordinator sees A's team she does not refer");

        JsonObject me = lea.get("/api/me").object();
        assertEquals(List.of(a, b), me.getJsonArray("cooperations").getValuesAs(JsonObject.class).stream().map(c -> c.getString("slug")).toList());
        assertEquals(List.of(Roles.COORDINATOR), strings(me.getJsonArray("cooperations").getJsonObject(0).get("roles")));
        assertEquals(List.of(Roles.TEAM_REFERENT), strings(me.getJsonArray("cooperations").getJsonObject(1).get("roles")));
        assertEquals(List.of(Roles.COORDINATOR, Roles.TEAM_REFERENT), strings(me.get("roles")));
        assertFalse(me.getBoolean("networkAdmin"));
    }

    @Test
    void aRealmWideRoleAndABareMembershipGiveNothing() {
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        String a = admin.newCooperation("roles-a", "56", "sample");
        String b = admin.newCooperation("roles-b", "56", "sample");
        // the shape before roles per cooperation: coordinator realm-wide, member of both
        Api before = Api.at(base).as(Tokens.token("avant").roles(Roles.COORDINATOR, Roles.TEAM_REFERENT).tenants(a, b).sign());
        before.post(notes(a), NOTE).assertError(403);
        before.put(setting(b), PAGE_SIZE).assertError(403);
        before.get(notes(b)).assertError(403);
        before.get("/api/me").assertError(403);
    }

    @Test
    void aNetworkAdminWhoCoordinatesOneCooperationWritesOnlyThere() {
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        String a = admin.newCooperation("roles-a", "56", "sample");
        String b = admin.newCooperation("roles-b", "56", "sample");
        Api both = Api.at(base).as(Tokens.token("nationale").roles(Roles.NETWORK_ADMIN).in(a, Roles.COORDINATOR).sign());
        assertEquals(201, both.post(notes(a), NOTE).status());
        both.post(notes(b), NOTE).assertError(403);
        assertEquals(200, both.get("/api/tenants/" + b + "/plugins").status(), "network admins read every cooperation");
        both.get(notes(b)).assertError(403); // but not its personal data
        assertEquals(200, both.put(setting(b), PAGE_SIZE).status(), "settings are network-level");
    }

    private static String setting(String slug) {
        return "/api/tenants/" + slug + "/settings/maillage.tenant.page-size";
    }

    private static String notes(String slug) {
        return "/api/tenants/" + slug + "/sample/notes";
    }

    private static String teams(String slug) {
        return "/api/tenants/" + slug + "/teams";
    }

    private static String team(String name, String referents) {
        return "{\"name\": \"" + name + "\", \"carrier\": \"Association Les Voisins\", \"communes\": [\"56260\"], \"referents\": [" + referents + "]}";
    }

    /** @return the id of the team created */
    private static String created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.toString());
        return reply.object().getJsonObject("team").getString("id");
    }

    private static List<String> ids(List<JsonObject> teams) {
        return teams.stream().map(t -> t.getString("id")).toList();
    }

    private static List<String> strings(JsonValue array) {
        return array.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).sorted().toList();
    }
}
