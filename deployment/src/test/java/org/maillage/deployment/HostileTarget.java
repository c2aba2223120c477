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
 * @param markers the distinctive values stored in each cooperation, by slug
 * @param idsOf   the ids found in the list answers of each of the two cooperations, by slug
 */
record HostileTarget(URL base, JsonObject document, List<Operation> operations, String a, String b, String c,
                     Map<String, List<String>> markers, Map<String, List<String>> idsOf) {

    /** @return every id found, of both cooperations */
    List<String> ids() {
        return idsOf.values().stream().flatMap(List::stream).distinct().toList();
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
        String c = admin.newCooperation("fuzz-c", "29");
        Map<String, List<String>> idsOf = new java.util.LinkedHashMap<>();
        for (String slug : List.of(a, b)) {
            Set<String> ids = new LinkedHashSet<>();
            Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
            for (Operation operation : operations) {
                if (operation.method().equals("GET") && operation.template().startsWith("/api/tenants/{tenant}/")
                        && operation.pathParameters().size() == 1) {
                    Api.Reply reply = coordinator.get(operation.template().replace("{tenant}", slug));
                    if (reply.status() == 200 && (reply.body().startsWith("[") || reply.body().startsWith("{"))) {
                        collectIds(reply.json(), ids);
                    }
                }
            }
            idsOf.put(slug, List.copyOf(ids));
        }
        return new HostileTarget(base, document, operations, a, b, c, markers, idsOf);
    }

    /** A cooperation with every plugin, two volunteers with marker names, addresses and phones, a note and a team. */
    private static String cooperation(URL base, String prefix, Map<String, List<String>> markers) {
        String marker = "Mk" + letters(8);
        String first = marker + "prenom";
        String last = marker + "nom";
        String email = marker.toLowerCase(Locale.ROOT) + "@" + letters(6).toLowerCase(Locale.ROOT) + ".fr";
        String phone = "06" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        String slug = OnboardingFixture.cooperationWith(base, first + "," + last + "," + email + ",56000");
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        for (String plugin : List.of("sample", "teams")) {
            admin.post("/api/tenants/" + slug + "/plugins/" + plugin + "/enable", null);
        }
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        assertEquals(201, coordinator.post("/api/tenants/" + slug + "/sample/notes",
                "{\"author\": \"" + email + "\", \"text\": \"" + marker + "note " + phone + "\"}").status());
        coordinator.post("/api/tenants/" + slug + "/teams", "{\"name\": \"" + marker + "equipe\", \"communes\": [\"56260\"]}");
        assertEquals(200, coordinator.exportPersonalData(slug, email).status(), "an export, as coordinators do (audited)");
        markers.put(slug, List.of(marker.toLowerCase(Locale.ROOT), email, phone));
        return slug;
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

    private static void collectIds(JsonValue value, Set<String> ids) {
        if (value instanceof JsonObject object) {
            object.forEach((key, v) -> {
                if ((key.equals("id") || key.endsWith("Id")) && v instanceof JsonString s) {
                    ids.add(s.getString());
                }
                collectIds(v, ids);
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(v -> collectIds(v, ids));
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
