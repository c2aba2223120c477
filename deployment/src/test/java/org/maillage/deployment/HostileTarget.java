package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.maillage.testkit.Api;
import org.maillage.testkit.Tokens;

/**
 * What the hostile requests are aimed at: the running platform, its operations as its OpenAPI document
 * describes them, two cooperations {@code a} and {@code b} holding personal data with marker values, a
 * throwaway cooperation {@code c} for the registry's operations, and the ids found in {@code a} and {@code b}
 * (so that a request can name another cooperation's record).
 *
 * <p>Every module is enabled in {@code a} and {@code b}, and each holds a record of every module (a volunteer, a
 * note, a team with a member, a first action with a participant, a fiche shared with the network and asked about by
 * the other, a report). The ids are found as a client would find them: the reads of the cooperation, then the reads
 * of each record they named; each id is kept under the name of what holds it (the path's last word, or the property of
 * the answer: {@code teams}, {@code members}, {@code exchanges}…), so that a path parameter after {@code /members/}
 * is given members' ids.
 *
 * @param markers the distinctive values stored in each cooperation, by slug
 * @param found   the ids found in each of the two cooperations, by slug, then by what holds them
 */
record HostileTarget(URL base, JsonObject document, List<Operation> operations, String a, String b, String c,
                     Map<String, List<String>> markers, Map<String, Map<String, Set<String>>> found) {

    /** The modules every seeded cooperation has (onboarding comes with its volunteers). */
    private static final List<String> MODULES = List.of("sample", "teams", "reporting", "experience");
    /** The most paths made from one template: a path with several parameters is a product of their ids. */
    private static final int MOST_PATHS = 60;

    /** @return every id found, of both cooperations */
    List<String> ids() {
        return found.values().stream().flatMap(ids -> ids.values().stream()).flatMap(Set::stream).distinct().toList();
    }

    /** @return every id found in the cooperation */
    List<String> idsOf(String slug) {
        return found.get(slug).values().stream().flatMap(Set::stream).distinct().toList();
    }

    /**
     * @param template an operation's path, {@code {slug}} already replaced where the registry's operations are meant elsewhere
     * @param slug     the cooperation of the path
     * @param idsFrom  the cooperation whose ids fill the other parameters: each the ids held under the word before it
     *                 (all the cooperation's ids when none is)
     * @return the paths, at most {@value #MOST_PATHS}
     */
    List<String> paths(String template, String slug, String idsFrom) {
        List<String> paths = List.of(template.replace("{tenant}", slug).replace("{slug}", slug));
        java.util.regex.Matcher parameter = java.util.regex.Pattern.compile("([^/]+)/\\{[^}]+}").matcher(paths.get(0));
        while (parameter.find()) {
            Set<String> held = found.get(idsFrom).get(parameter.group(1));
            List<String> ids = held == null || held.isEmpty() ? idsOf(idsFrom) : List.copyOf(held);
            String placeholder = parameter.group().substring(parameter.group(1).length() + 1);
            List<String> filled = new ArrayList<>();
            for (String path : paths) {
                for (String id : ids) {
                    if (filled.size() < MOST_PATHS) {
                        filled.add(path.replaceFirst(java.util.regex.Pattern.quote(placeholder), java.util.regex.Matcher.quoteReplacement(id)));
                    }
                }
            }
            paths = filled;
        }
        return paths;
    }

    /** Who sends a request. */
    enum Role {
        NETWORK_ADMIN, COORDINATOR_OF_A, REFERENT_OF_A, COORDINATOR_OF_B, ANONYMOUS;

        /** Tokens signed for a role within the last minute, by role and cooperations: signing costs more than a request. */
        private static final Map<String, Signed> SIGNED = new ConcurrentHashMap<>();

        /** @return a token signed less than a minute ago (the test kit's tokens live five minutes), or null for no token */
        String token(HostileTarget target) {
            if (this == ANONYMOUS) {
                return null;
            }
            return SIGNED.compute(name() + " " + target.a() + " " + target.b(),
                    (key, old) -> old != null && old.at().isAfter(Instant.now().minusSeconds(60)) ? old
                            : new Signed(sign(target), Instant.now())).token();
        }

        private String sign(HostileTarget target) {
            return switch (this) {
                case NETWORK_ADMIN -> Tokens.networkAdmin();
                case COORDINATOR_OF_A -> Tokens.coordinator(target.a());
                case REFERENT_OF_A -> Tokens.referent(target.a());
                case COORDINATOR_OF_B -> Tokens.coordinator(target.b());
                case ANONYMOUS -> null;
            };
        }

        private record Signed(String token, Instant at) {
        }

        /** @return whether this caller may see the personal data of the cooperation {@code slug} */
        boolean memberOf(HostileTarget target, String slug) {
            return switch (this) {
                case COORDINATOR_OF_A, REFERENT_OF_A -> slug.equals(target.a());
                case COORDINATOR_OF_B -> slug.equals(target.b());
                default -> false;
            };
        }
    }

    /**
     * One operation of the OpenAPI document.
     *
     * @param query       the declared query parameters and their schemas
     * @param contentType the first media type of the request body, or null when there is none
     * @param body        the schema of that body, or null
     */
    record Operation(String method, String template, Map<String, JsonObject> query, String contentType, JsonObject body) {

        List<String> pathParameters() {
            List<String> names = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }
    }

    /** Seeds the cooperations and reads the operations. */
    static HostileTarget seed(URL base) {
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        JsonObject document = admin.get("/openapi").object();
        List<Operation> operations = operations(document);
        Map<String, List<String>> markers = new java.util.LinkedHashMap<>();
        String a = cooperation(base, "fuzz-a", markers);
        String b = cooperation(base, "fuzz-b", markers);
        asksAbout(base, b, a);
        asksAbout(base, a, b);
        String c = admin.newCooperation("fuzz-c", "29");
        Map<String, Map<String, Set<String>>> found = new java.util.LinkedHashMap<>();
        for (String slug : List.of(a, b)) {
            found.put(slug, new java.util.LinkedHashMap<>());
            HostileTarget partial = new HostileTarget(base, document, operations, a, b, c, markers, found);
            Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
            // the cooperation's reads, then the reads of what they named
            for (int parameters = 1; parameters <= 2; parameters++) {
                for (Operation operation : operations) {
                    if (operation.method().equals("GET") && operation.template().startsWith("/api/tenants/{tenant}/")
                            && operation.pathParameters().size() == parameters) {
                        for (String path : partial.paths(operation.template(), slug, slug)) {
                            Api.Reply reply = coordinator.get(path);
                            if (reply.status() == 200 && (reply.body().startsWith("[") || reply.body().startsWith("{"))) {
                                collectIds(reply.json(), lastWord(operation.template()), found.get(slug));
                            }
                        }
                    }
                }
            }
        }
        return new HostileTarget(base, document, operations, a, b, c, markers, found);
    }

    /**
     * A cooperation with every module and a record in each: a volunteer with marker names, address and phone, a note,
     * a team with the volunteer as a member, a first action with the volunteer enrolled, a fiche shared with the
     * network, and a report.
     */
    private static String cooperation(URL base, String prefix, Map<String, List<String>> markers) {
        String marker = "Mk" + letters(8);
        String first = marker + "prenom";
        String last = marker + "nom";
        String email = marker.toLowerCase(Locale.ROOT) + "@" + letters(6).toLowerCase(Locale.ROOT) + ".fr";
        String phone = "06" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        String slug = OnboardingFixture.cooperationWith(base, first + "," + last + "," + email + ",56000");
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        for (String module : MODULES) {
            assertEquals(200, admin.post("/api/tenants/" + slug + "/plugins/" + module + "/enable", null).status(), module);
        }
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        String root = "/api/tenants/" + slug;
        String volunteer = coordinator.get(root + "/onboarding/volunteers").object().getJsonArray("items").getJsonObject(0).getString("id");
        created(coordinator.post(root + "/sample/notes", "{\"author\": \"" + email + "\", \"text\": \"" + marker + "note " + phone + "\"}"));
        String team = created(coordinator.post(root + "/teams", "{\"name\": \"" + marker + "equipe\", \"communes\": [\"56260\"]}"))
                .getJsonObject("team").getString("id");
        created(coordinator.post(root + "/teams/" + team + "/members", "{\"volunteerId\": \"" + volunteer + "\"}"));
        String action = created(coordinator.post(root + "/onboarding/first-actions", "{\"title\": \"Goûter\", \"description\": \"Un après-midi\","
                + " \"commune\": \"56260\", \"startsOn\": \"" + java.time.LocalDate.now().plusDays(7) + "\", \"places\": 5}")).getString("id");
        created(coordinator.post(root + "/onboarding/first-actions/" + action + "/participants", "{\"volunteerId\": \"" + volunteer + "\"}"));
        ExperienceFixture.move(coordinator, slug, ExperienceFixture.write(coordinator, slug, "Un goûter par mois", "Ce qui a marché.", ""), "NETWORK");
        java.time.YearMonth month = java.time.YearMonth.now().minusMonths(6);
        created(coordinator.post(root + "/reporting/reports", "{\"period\": \"" + month.getYear() + "-S" + (month.getMonthValue() <= 6 ? 1 : 2) + "\"}"));
        assertEquals(200, coordinator.exportPersonalData(slug, email).status(), "an export, as coordinators do (audited)");
        markers.put(slug, List.of(marker.toLowerCase(Locale.ROOT), email, phone));
        return slug;
    }

    /** The coordinator of {@code asking} asks a question about each fiche {@code asked} shares with the network. */
    private static void asksAbout(URL base, String asking, String asked) {
        Api coordinator = Api.at(base).as(Tokens.coordinator(asking));
        for (JsonValue fiche : Api.at(base).as(Tokens.coordinator(asked)).get(ExperienceFixture.fiches(asked)).array()) {
            created(coordinator.post(ExperienceFixture.network(asking) + "/" + fiche.asJsonObject().getString("id") + "/exchanges",
                    "{\"kind\": \"QUESTION\", \"text\": \"Combien de bénévoles ?\"}"));
        }
    }

    private static JsonObject created(Api.Reply reply) {
        if (reply.status() != 200 && reply.status() != 201) {
            throw new AssertionError("seeding the hostile target: " + reply);
        }
        return reply.object();
    }

    /** @return the last word of a path that is not a parameter ({@code members} for {@code /teams/{id}/members}) */
    private static String lastWord(String template) {
        String[] words = template.replaceAll("/\\{[^}]+}", "").split("/");
        return words[words.length - 1];
    }

    private static List<Operation> operations(JsonObject document) {
        List<Operation> found = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            if (!(value instanceof JsonObject operation) || !List.of("get", "put", "post", "delete", "patch").contains(method)) {
                return;
            }
            Map<String, JsonObject> query = new java.util.LinkedHashMap<>();
            if (operation.containsKey("parameters")) {
                for (JsonValue p : operation.getJsonArray("parameters")) {
                    JsonObject parameter = p.asJsonObject();
                    if ("query".equals(parameter.getString("in", ""))) {
                        query.put(parameter.getString("name"), parameter.containsKey("schema")
                                ? parameter.getJsonObject("schema") : JsonValue.EMPTY_JSON_OBJECT);
                    }
                }
            }
            String contentType = null;
            JsonObject body = null;
            if (operation.containsKey("requestBody")) {
                JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
                if (content != null && !content.isEmpty()) {
                    Map.Entry<String, JsonValue> first = content.containsKey("application/json")
                            ? Map.entry("application/json", content.get("application/json"))
                            : content.entrySet().iterator().next();
                    contentType = first.getKey();
                    body = first.getValue().asJsonObject().containsKey("schema")
                            ? first.getValue().asJsonObject().getJsonObject("schema") : JsonValue.EMPTY_JSON_OBJECT;
                }
            }
            found.add(new Operation(method.toUpperCase(Locale.ROOT), path, query, contentType, body));
        }));
        found.sort(java.util.Comparator.comparing(Operation::template).thenComparing(Operation::method));
        return List.copyOf(found);
    }

    /** @return the schema {@code schema} names through {@code $ref}, else itself */
    JsonObject resolve(JsonObject schema) {
        JsonObject current = schema;
        for (int i = 0; i < 10 && current.containsKey("$ref"); i++) {
            String ref = current.getString("$ref");
            JsonObject next = document;
            for (String part : ref.replaceFirst("^#/", "").split("/")) {
                next = next == null ? null : next.getJsonObject(part);
            }
            current = next == null ? JsonValue.EMPTY_JSON_OBJECT : next;
        }
        return current;
    }

    /** Keeps each id of an answer under what holds it: {@code holder} for the answer's own, the property's name for those within. */
    private static void collectIds(JsonValue value, String holder, Map<String, Set<String>> ids) {
        if (value instanceof JsonObject object) {
            object.forEach((key, v) -> {
                if ((key.equals("id") || key.equals("key")) && v instanceof JsonString s) {
                    ids.computeIfAbsent(holder, h -> new LinkedHashSet<>()).add(s.getString());
                } else if (key.endsWith("Id") && v instanceof JsonString s) {
                    ids.computeIfAbsent(key.substring(0, key.length() - 2) + "s", h -> new LinkedHashSet<>()).add(s.getString());
                } else if (v instanceof JsonObject || v instanceof JsonArray) {
                    collectIds(v, key.equals("items") ? holder : key, ids);
                }
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(v -> collectIds(v, holder, ids));
        }
    }

    /** @return the slug of the cooperation a path names ({@code /api/tenants/<slug>/…}), or null */
    static String cooperationOf(String path) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^/api/tenants/([^/?]+)").matcher(path);
        return m.find() ? m.group(1) : null;
    }

    static String letters(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }
}
