package org.maillage.deployment;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import org.maillage.deployment.HostileTarget.Operation;
import org.maillage.deployment.HostileTarget.Role;
import org.maillage.testkit.Api;

/**
 * The properties every answer of the platform keeps, whoever asks and whatever they send: requests made
 * for every operation of the OpenAPI document (path, query and header parameters, bodies from their schemas)
 * mixed with hostile values, sent as each kind of caller.
 *
 * <p>Run by {@link HostileRequestsIT}, which holds the deployment and sets {@link #target} first: this class
 * is not a test class of Failsafe (its name does not end in {@code IT}). The number of tries per property
 * is {@code -Dmaillage.fuzz.tries} (default in {@link HostileRequestsIT}); a failure is shrunk to the
 * smallest request that still fails, which jqwik reports with the seed to replay it.
 */
class HostileRequests {

    /** Set by {@link HostileRequestsIT} before the properties run. */
    static volatile HostileTarget target;

    /** A stack frame, a fully qualified class name of Java, the server or the platform, or an exception's name. */
    private static final Pattern JAVA = Pattern.compile(
            "\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)"
            + "|\\b(?:java|javax|jakarta|com\\.sun|sun|fish\\.payara|org\\.(?:eclipse|glassfish|postgresql|jboss|apache|maillage|hibernate|flywaydb))\\.[a-z0-9_]+\\.[\\w$.]*[A-Z][\\w$]*"
            + "|\\b[A-Z]\\w*(?:Exception|Throwable)\\b");

    private static final List<String> HOSTILE_TEXT = List.of(
            "", " ", "%", "_", "%_%", "'", "''", "\"", "\\", "' or '1'='1", "%' or 1=1 --", "a_b@x.fr", "%x%@%.%",
            "\u0000", "\u202e", "😀", "é", "ﷺ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "../../etc/passwd", "%00", "%2F", "${jndi:ldap://x/a}",
            "#{1+1}", "<script>alert(1)</script>", "null", "true", "NaN", "Infinity", "-1", "0",
            "9223372036854775808", "-9223372036854775809", "99999999999999999999999999", "1e309", "0x10",
            "+999999999-12-31", "-999999999-01-01", "9999-12-31T23:59:59Z", "2026-02-30", "2026-13-45", "0000-00-00",
            "1970-01-01T00:00:00+25:00", "P99999999999Y");

    private static final List<String> HOSTILE_JSON = List.of(
            "null", "true", "[]", "{}", "\"\"", "1e400", "-1e400", "-1", "0.5", "-0", "9223372036854775808",
            "-9223372036854775809", "99999999999999999999999999999999", "[null]", "{\"\": null}");

    /**
     * The longest text put in a path segment, a query value or a header. Payara refuses a request whose
     * head (request line and headers) is over 8 KiB with an empty 400 before any application sees it
     * (docs/security.md, "Known limits"); bodies, which the platform reads, get strings of up to 70,000.
     */
    private static final int URL_PART_MAX = 500;

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void neverAServerError(@ForAll("requests") HostileRequest request) {
        Api.Reply reply = request.send();
        if (reply.status() >= 500) {
            throw new AssertionError("a server error: " + request + " → " + abbreviate(reply.toString()));
        }
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void neverAStackTraceNorAJavaName(@ForAll("requests") HostileRequest request) {
        Api.Reply reply = request.send();
        Matcher java = JAVA.matcher(reply.body());
        if (java.find()) {
            throw new AssertionError("\"" + java.group() + "\" in the answer to " + request + " → " + abbreviate(reply.toString()));
        }
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void everyRefusalInTheErrorShape(@ForAll("requests") HostileRequest request) {
        Api.Reply reply = request.send();
        if (reply.status() >= 400 && reply.status() < 500 && !refusedByTheContainer(request, reply)) {
            String problem = errorShapeProblem(reply);
            if (problem != null) {
                throw new AssertionError(problem + ": " + request + " → " + abbreviate(reply.toString()));
            }
        }
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void neverAnotherCooperationsData(@ForAll("requests") HostileRequest request) {
        String leak = leak(request, request.send());
        if (leak != null) {
            throw new AssertionError(leak);
        }
    }

    /** @return what personal data of a cooperation the answer shows to someone who may not see it, or null */
    static String leak(HostileRequest request, Api.Reply reply) {
        String body = reply.body().toLowerCase(Locale.ROOT);
        String named = HostileTarget.cooperationOf(request.path());
        for (Map.Entry<String, List<String>> cooperation : request.target().markers().entrySet()) {
            String slug = cooperation.getKey();
            if (request.role().memberOf(request.target(), slug) && slug.equals(named)) {
                continue;
            }
            for (String marker : cooperation.getValue()) {
                if (body.contains(marker.toLowerCase(Locale.ROOT))) {
                    return "the personal data of " + slug + " (\"" + marker + "\") in the answer to " + request
                            + " → " + abbreviate(reply.toString());
                }
            }
        }
        return null;
    }

    /**
     * The one exception to the error shape, kept narrow on purpose: a path holding an encoded NUL or backslash
     * is refused by Payara's HTTP layer (400, empty body) before any application sees it, so no mapper or error
     * page of the platform can shape it (docs/security.md, "Known limits"). Anything else in such a path, and
     * any other answer, is checked.
     */
    static boolean refusedByTheContainer(HostileRequest request, Api.Reply reply) {
        String path = request.path().toUpperCase(Locale.ROOT);
        int query = path.indexOf('?');
        String beforeQuery = query < 0 ? path : path.substring(0, query);
        return reply.status() == 400 && reply.body().isEmpty() && (beforeQuery.contains("%00") || beforeQuery.contains("%5C"));
    }

    /** @return what is wrong with an error answer, or null when it has the platform's shape */
    static String errorShapeProblem(Api.Reply reply) {
        JsonObject error;
        try {
            error = reply.object();
        } catch (AssertionError | RuntimeException e) {
            return "not a JSON object";
        }
        if (error.getInt("status", -1) != reply.status()) {
            return "no status " + reply.status() + " in the body";
        }
        if (!(error.get("message") instanceof jakarta.json.JsonString message) || message.getString().isBlank()) {
            return "no message";
        }
        if (!(error.get("fields") instanceof jakarta.json.JsonArray)) {
            return "no list of fields";
        }
        return null;
    }

    @Provide
    Arbitrary<HostileRequest> requests() {
        HostileTarget t = target();
        return Combinators.combine(Arbitraries.of(Role.values()), Arbitraries.of(t.operations()))
                .flatAs((role, operation) -> request(t, role, operation));
    }

    private Arbitrary<HostileRequest> request(HostileTarget t, Role role, Operation operation) {
        List<Arbitrary<String>> segments = new ArrayList<>();
        for (String name : operation.pathParameters()) {
            segments.add(pathValue(t, name).map(v -> "{" + name + "}=" + v));
        }
        Arbitrary<String> path = combineAll(segments).map(values -> {
            String p = operation.template();
            for (String v : values) {
                int eq = v.indexOf("}=");
                p = p.replace(v.substring(0, eq + 1), encode(v.substring(eq + 2)));
            }
            return p;
        });
        List<Arbitrary<String>> parameters = new ArrayList<>();
        operation.query().forEach((name, schema) -> parameters.add(
                Arbitraries.frequencyOf(Tuple.of(3, scalar(t, schema)), Tuple.of(1, hostileText()))
                        .map(v -> encode(name) + "=" + encode(v)).injectNull(0.3)));
        parameters.add(hostileText().map(v -> "extra=" + encode(v)).injectNull(0.8));
        Arbitrary<String> query = combineAll(parameters).map(values -> values.stream().filter(Objects::nonNull)
                .collect(Collectors.joining("&")));
        Arbitrary<String> link = Arbitraries.frequencyOf(Tuple.of(2, craftedLink(t)), Tuple.of(1, hostileText().map(HostileRequests::headerSafe)))
                .injectNull(0.2);
        Arbitrary<String> body;
        if (operation.body() != null && operation.contentType().contains("json")) {
            body = Arbitraries.frequencyOf(Tuple.of(6, json(t, operation.body(), 0)), Tuple.of(1, garbage()));
        } else if (operation.body() != null) {
            body = Arbitraries.frequencyOf(Tuple.of(3, hostileText(70_000)), Tuple.of(1, garbage()));
        } else {
            body = operation.method().equals("GET") || operation.method().equals("DELETE")
                    ? Arbitraries.just(null) : garbage().injectNull(0.5);
        }
        return Combinators.combine(path, query, link, body).as((p, q, l, b) -> new HostileRequest(t, role, operation.method(),
                q.isEmpty() ? p : p + "?" + q, operation.contentType() == null ? "application/json" : operation.contentType(), l, b));
    }

    private static Arbitrary<List<String>> combineAll(List<Arbitrary<String>> parts) {
        if (parts.isEmpty()) {
            return Arbitraries.just(List.of());
        }
        return Combinators.combine(parts).as(ArrayList::new);
    }

    private static Arbitrary<String> pathValue(HostileTarget t, String name) {
        if (name.equals("tenant")) {
            return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(t.a())), Tuple.of(3, Arbitraries.just(t.b())),
                    Tuple.of(1, hostileText()));
        }
        if (name.equals("slug")) {
            return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(t.c())), Tuple.of(1, Arbitraries.just(t.b())),
                    Tuple.of(1, hostileText()));
        }
        List<Tuple.Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
        if (!t.ids().isEmpty()) {
            choices.add(Tuple.of(5, Arbitraries.of(t.ids())));
        }
        choices.add(Tuple.of(1, Arbitraries.of("sample", "onboarding", "teams", "56260", "56000", "29019")));
        choices.add(Tuple.of(1, Arbitraries.create(() -> UUID.randomUUID().toString())));
        choices.add(Tuple.of(2, hostileText()));
        return Arbitraries.frequencyOf(choices.toArray(Tuple.Tuple2[]::new));
    }

    /**
     * @return a self-service link shaped like the real ones (both versions of the payload), for a real or
     *         unknown cooperation, badly signed, with any expiry, key id and generation
     */
    private static Arbitrary<String> craftedLink(HostileTarget t) {
        Arbitrary<String> tenant = Arbitraries.of(t.a(), t.b(), "inconnue");
        Arbitrary<String> expiry = Arbitraries.of(String.valueOf(Long.MAX_VALUE), "31556889864403199", "99999999999",
                "0", "-1", "1893456000", "x");
        Arbitrary<String> counter = Arbitraries.of("1", "0", "-1", "2147483648", "99999999999999999999");
        return Combinators.combine(tenant, expiry, counter, Arbitraries.of(1, 2)).as((slug, exp, n, version) -> {
            // version 1: 1|tenant|volunteer|recipient|issued|expires; version 2 adds a key id and the link generation
            String payload = version == 1 ? String.join("|", "1", slug, UUID.randomUUID().toString(), "-", "1700000000", exp)
                    : String.join("|", "2", slug, n, UUID.randomUUID().toString(), "-", n, "1700000000", exp);
            Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
            return encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + encoder.encodeToString(new byte[32]);
        });
    }

    /** Hostile text for a path segment, a query value or a header: long, but the request's head stays under Payara's 8 KiB. */
    static Arbitrary<String> hostileText() {
        return hostileText(URL_PART_MAX);
    }

    /** @param longest the length of the longest string made */
    static Arbitrary<String> hostileText(int longest) {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(HOSTILE_TEXT)),
                Tuple.of(2, Arbitraries.strings().withChars("%_'\"\\<>&;éa😀\u0000 ").ofMaxLength(12)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(16)),
                Tuple.of(1, Arbitraries.integers().between(300, longest).map("x"::repeat)));
    }

    /** @return a request body that no schema describes */
    private static Arbitrary<String> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "{", "}", "[", "null", "\"x\"", "{\"a\":}", "\u0000", "{\"a\":1,\"a\":2}", "<a/>", "1e400"),
                nesting(),
                Arbitraries.integers().between(1000, 200_000).map(n -> "\"" + "x".repeat(n) + "\""));
    }

    private static Arbitrary<String> nesting() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(10, 5000).map(n -> "[".repeat(n) + "]".repeat(n)),
                Arbitraries.integers().between(10, 5000).map(n -> "{\"a\":".repeat(n) + "1" + "}".repeat(n)));
    }

    private static Arbitrary<String> hostileJson() {
        return Arbitraries.oneOf(Arbitraries.of(HOSTILE_JSON), hostileText(70_000).map(HostileRequests::quote), nesting());
    }

    /** @return JSON that follows {@code schema} mostly, with a hostile value in place of any part of it now and then */
    private static Arbitrary<String> json(HostileTarget t, JsonObject raw, int depth) {
        JsonObject schema = t.resolve(raw);
        String type = schema.getString("type", schema.containsKey("properties") ? "object" : "");
        Arbitrary<String> normal;
        if (schema.containsKey("enum")) {
            normal = Arbitraries.of(schema.getJsonArray("enum")).map(JsonValue::toString);
        } else if (type.equals("object")) {
            JsonObject properties = schema.getJsonObject("properties");
            if (properties == null || properties.isEmpty() || depth > 3) {
                normal = Arbitraries.just("{}");
            } else {
                List<Arbitrary<String>> fields = new ArrayList<>();
                for (Map.Entry<String, JsonValue> p : properties.entrySet()) {
                    fields.add(json(t, p.getValue().asJsonObject(), depth + 1).map(v -> quote(p.getKey()) + ":" + v).injectNull(0.15));
                }
                normal = combineAll(fields).map(values -> values.stream().filter(Objects::nonNull)
                        .collect(Collectors.joining(",", "{", "}")));
            }
        } else if (type.equals("array")) {
            JsonObject items = schema.containsKey("items") ? schema.getJsonObject("items") : JsonValue.EMPTY_JSON_OBJECT;
            normal = depth > 3 ? Arbitraries.just("[]")
                    : json(t, items, depth + 1).list().ofMaxSize(3).map(l -> String.join(",", l)).map(s -> "[" + s + "]");
        } else {
            normal = scalar(t, schema).map(v -> type.equals("integer") || type.equals("number") || type.equals("boolean") ? v : quote(v));
        }
        return Arbitraries.frequencyOf(Tuple.of(5, normal), Tuple.of(1, hostileJson()));
    }

    /**
     * @return JSON that follows {@code schema} with a NUL character in every free text (an enum's first value, a
     *         plausible date, e-mail or number elsewhere), one item in each array
     */
    static String withNul(HostileTarget t, JsonObject raw, int depth) {
        JsonObject schema = t.resolve(raw);
        String type = schema.getString("type", schema.containsKey("properties") ? "object" : "");
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").get(0).toString();
        }
        return switch (type) {
            case "object" -> depth > 3 || !schema.containsKey("properties") ? "{}" : schema.getJsonObject("properties").entrySet().stream()
                    .map(p -> quote(p.getKey()) + ":" + withNul(t, p.getValue().asJsonObject(), depth + 1))
                    .collect(Collectors.joining(",", "{", "}"));
            case "array" -> depth > 3 ? "[]" : "[" + withNul(t, schema.containsKey("items") ? schema.getJsonObject("items")
                    : JsonValue.EMPTY_JSON_OBJECT, depth + 1) + "]";
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            default -> quote(switch (schema.getString("format", "")) {
                case "date" -> "2026-12-06";
                case "date-time" -> "2026-12-06T10:00:00Z";
                case "email" -> "nul@exemple.fr";
                case "uuid" -> UUID.randomUUID().toString();
                default -> "Texte\u0000nul";
            });
        };
    }

    /** @return a value that fits a scalar schema (as text) */
    private static Arbitrary<String> scalar(HostileTarget t, JsonObject raw) {
        JsonObject schema = t.resolve(raw);
        if (schema.containsKey("enum")) {
            return Arbitraries.of(schema.getJsonArray("enum")).map(v -> v instanceof jakarta.json.JsonString s ? s.getString() : v.toString());
        }
        String format = schema.getString("format", "");
        return switch (schema.getString("type", "")) {
            case "integer", "number" -> Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(-2, 200).map(String::valueOf)),
                    Tuple.of(1, Arbitraries.longs().map(String::valueOf)));
            case "boolean" -> Arbitraries.of("true", "false");
            default -> switch (format) {
                case "date" -> Arbitraries.of("2026-12-06", "2027-01-31", "1900-01-01", "+999999999-12-31", "2026-02-30");
                case "date-time" -> Arbitraries.of("2026-12-06T10:00:00Z", "9999-12-31T23:59:59Z", "+999999999-12-31T23:59:59Z");
                case "email" -> Arbitraries.of("a@b.fr", "%@%.%", "a_b@x.fr");
                default -> Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.strings().alpha().numeric().ofMaxLength(12)),
                        Tuple.of(1, Arbitraries.of("56260", "56000", "29019", "ACTIVE", "NEW", "a@b.fr", t.a())));
            };
        };
    }

    /** A header holds visible ASCII only: the HTTP client refuses anything else before sending. */
    private static String headerSafe(String text) {
        return text.replaceAll("[^\\x21-\\x7e]", "?");
    }

    static String quote(String text) {
        return Json.createValue(text).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String abbreviate(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "… (" + text.length() + " characters)";
    }

    private static HostileTarget target() {
        if (target == null) {
            throw new IllegalStateException("HostileRequests runs from HostileRequestsIT, which seeds the platform it aims at");
        }
        return target;
    }

    /** One request: what jqwik generates, shrinks and reports. */
    record HostileRequest(HostileTarget target, Role role, String method, String path, String contentType, String link, String body) {

        Api.Reply send() {
            String token = role.token(target);
            Api api = Api.at(target.base());
            if (token != null) {
                api = api.as(token);
            }
            if (link != null) {
                api = api.withHeader("Maillage-Lien", link);
            }
            return api.send(method, path, body == null ? null : contentType, body);
        }

        @Override
        public String toString() {
            return role + " " + method + " " + abbreviate(path)
                    + (link == null ? "" : " [link " + abbreviate(link) + "]")
                    + (body == null ? "" : " body " + abbreviate(body));
        }
    }
}
