package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import org.maillage.testkit.Api;
import org.maillage.testkit.Tokens;

/** What the experience-sharing tests share: cooperations with the plugin, their members, fiches in each state. */
final class ExperienceFixture {

    /** The smallest PNG: one transparent pixel. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private final URL base;

    ExperienceFixture(URL base) {
        this.base = base;
    }

    Api admin() {
        return Api.at(base).as(Tokens.networkAdmin());
    }

    String cooperation(String prefix, String departement) {
        return admin().newCooperation(prefix, departement, "experience");
    }

    /** A coordinator of the cooperation whose login is an address. */
    Api coordinator(String slug, String login) {
        return Api.at(base).as(Tokens.token(login).in(slug, "coordinator").sign());
    }

    Api referent(String slug, String login) {
        return Api.at(base).as(Tokens.token(login).in(slug, "team-referent").sign());
    }

    /**
     * @return the prefix and six random letters: letters only, a word of its own for the French search (the hex digits of a
     *         UUID held fewer than six letters about once in a hundred)
     */
    static String unique(String prefix) {
        return prefix + ThreadLocalRandom.current().ints(6, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    static String fiches(String slug) {
        return "/api/tenants/" + slug + "/experience/fiches";
    }

    static String network(String slug) {
        return "/api/tenants/" + slug + "/experience/network/fiches";
    }

    static String body(String title, String summary, String body, String... tags) {
        JsonArrayBuilder tagList = Json.createArrayBuilder();
        for (String tag : tags) {
            tagList.add(tag);
        }
        return Json.createObjectBuilder().add("title", title).add("summary", summary).add("body", body)
                .add("themes", Json.createArrayBuilder().add("visites").add("ehpad"))
                .add("tags", tagList).add("partnerKinds", Json.createArrayBuilder().add("ehpad"))
                .add("periodFrom", "2025-03-01").add("periodTo", "2025-06-30")
                .add("results", Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", "visites").add("value", 120).add("unit", "visites")))
                .add("contactRole", "l’animatrice de la coopération").build().toString();
    }

    static JsonObject ok(Api.Reply reply) {
        assertTrue(reply.status() == 200 || reply.status() == 201, reply.toString());
        return reply.object();
    }

    static JsonObject write(Api author, String slug, String title, String summary, String text) {
        return ok(author.post(fiches(slug), body(title, summary, text)));
    }

    static JsonObject move(Api coordinator, String slug, JsonObject fiche, String state) {
        JsonObject current = ok(coordinator.get(fiches(slug) + "/" + fiche.getString("id")));
        return ok(coordinator.post(fiches(slug) + "/" + fiche.getString("id") + "/state",
                "{\"state\": \"" + state + "\", \"version\": " + current.getJsonNumber("version").longValue() + "}"));
    }

    static JsonObject attach(Api author, String slug, String ficheId, String name, byte[] content) {
        Api.Reply reply = author.send("POST", fiches(slug) + "/" + ficheId + "/attachments?name=" + name, "application/octet-stream", content);
        assertEquals(201, reply.status(), reply.toString());
        return reply.object();
    }
}
