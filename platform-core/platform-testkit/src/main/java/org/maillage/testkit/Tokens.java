package org.maillage.testkit;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed test tokens with any roles, cooperations and expiry, shaped like the platform's Keycloak
 * tokens ({@code upn}, {@code groups} for realm roles, {@code tenants} for the full paths of the
 * cooperation groups, audience {@value #AUDIENCE}). A role in a cooperation is the group
 * {@code /cooperations/<slug>/<role>}: {@code token("lea").in("a", "coordinator").in("b", "team-referent")}
 * coordinates {@code a} and refers a team in {@code b}. Every {@link PlatformDeployment} trusts the key of
 * this JVM and the issuer {@value #ISSUER}, so tests need no Keycloak; the end-to-end suite uses the real one.
 */
public final class Tokens {

    public static final String ISSUER = "https://maillage.test/realms/maillage";
    public static final String AUDIENCE = "maillage-api";

    private static final KeyPair KEYS = generate();
    private static final KeyPair OTHER_KEYS = generate();
    private static final Path KEY_FILE = writeKeyFile();

    private Tokens() {
    }

    /**
     * The configuration a deployment needs to trust these tokens: the key is given as a file, in place
     * of the Keycloak key location (Payara refuses a key and a location together, even an empty one);
     * there is no Keycloak to keep the cooperations' groups in.
     */
    static Map<String, String> trust() {
        return Map.of(
                "mp.jwt.verify.publickey.location", KEY_FILE.toUri().toString(),
                "mp.jwt.verify.issuer", ISSUER,
                "mp.jwt.verify.audiences", AUDIENCE,
                "maillage.keycloak.provisioning", "false");
    }

    private static Path writeKeyFile() {
        try {
            Path file = Files.createTempFile("maillage-test-key", ".pem");
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(KEYS.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same, as environment variables, for a platform started by the launcher. */
    public static Map<String, String> trustEnvironment() {
        Map<String, String> environment = new java.util.TreeMap<>();
        trust().forEach((key, value) -> environment.put(key.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_"), value));
        environment.put("MAILLAGE_KEYCLOAK_URL", "http://127.0.0.1:9");
        return environment;
    }

    public static Token token(String subject) {
        return new Token(subject, List.of(), List.of(), Duration.ofMinutes(5), ISSUER, AUDIENCE, false);
    }

    public static String networkAdmin() {
        return token("national").roles("network-admin").sign();
    }

    /** @return a token of a coordinator of each of these cooperations */
    public static String coordinator(String... tenants) {
        return inEach(token("coord-" + String.join("-", tenants)), "coordinator", tenants).sign();
    }

    /** @return a token of a team referent of each of these cooperations */
    public static String referent(String... tenants) {
        return inEach(token("referent-" + String.join("-", tenants)), "team-referent", tenants).sign();
    }

    private static Token inEach(Token token, String role, String... tenants) {
        Token result = token;
        for (String tenant : tenants) {
            result = result.in(tenant, role);
        }
        return result;
    }

    /**
     * A token to build; each method returns a changed copy.
     *
     * @param roleNames  realm roles (claim {@code groups}): {@code network-admin} is the one the platform honours
     * @param groupPaths full paths of the person's groups (claim {@code tenants})
     */
    public record Token(String subject, List<String> roleNames, List<String> groupPaths, Duration lifetime,
                        String issuer, String audience, boolean foreignKey) {

        /** @param names the realm roles, in place of those set before */
        public Token roles(String... names) {
            return new Token(subject, List.of(names), groupPaths, lifetime, issuer, audience, foreignKey);
        }

        /** @return a copy that also holds these roles in the cooperation (groups {@code /cooperations/<slug>/<role>}) */
        public Token in(String slug, String... roles) {
            List<String> paths = new ArrayList<>(groupPaths);
            for (String role : roles) {
                paths.add("/cooperations/" + slug + "/" + role);
            }
            return new Token(subject, roleNames, paths, lifetime, issuer, audience, foreignKey);
        }

        /**
         * @return a copy that is also in the groups {@code /cooperations/<slug>} themselves, with no role:
         * the shape before roles were held per cooperation, which makes nobody a member
         */
        public Token tenants(String... slugs) {
            List<String> paths = new ArrayList<>(groupPaths);
            for (String slug : slugs) {
                paths.add("/cooperations/" + slug);
            }
            return new Token(subject, roleNames, paths, lifetime, issuer, audience, foreignKey);
        }

        /** @param lifetime negative for a token that has already expired */
        public Token expiresIn(Duration lifetime) {
            return new Token(subject, roleNames, groupPaths, lifetime, issuer, audience, foreignKey);
        }

        public Token issuer(String other) {
            return new Token(subject, roleNames, groupPaths, lifetime, other, audience, foreignKey);
        }

        public Token audience(String other) {
            return new Token(subject, roleNames, groupPaths, lifetime, issuer, other, foreignKey);
        }

        /** @return a copy signed with a key the platform does not trust */
        public Token signedByStranger() {
            return new Token(subject, roleNames, groupPaths, lifetime, issuer, audience, true);
        }

        /**
         * @return the token signed; the same one again for the same claims while four fifths of its lifetime remain
         * (lifetimes of a minute or more; a fresh {@code jti} otherwise). Signing is an RSA private-key operation:
         * signing anew at each call was 70% of the CPU of the test JVM that drives the shared test server.
         */
        public String sign() {
            if (lifetime.compareTo(REUSED_FROM) < 0) {
                return signNow();
            }
            Instant now = Instant.now();
            Signed signed = SIGNED.get(this);
            if (signed == null || now.isAfter(signed.at().plus(lifetime.dividedBy(5)))) {
                signed = new Signed(signNow(), now);
                SIGNED.put(this, signed);
            }
            return signed.token();
        }

        private String signNow() {
            String body = encode(header("RS256")) + "." + encode(payload());
            try {
                Signature signature = Signature.getInstance("SHA256withRSA");
                signature.initSign((foreignKey ? OTHER_KEYS : KEYS).getPrivate());
                signature.update(body.getBytes(StandardCharsets.US_ASCII));
                return body + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        /** @return the same claims with {@code "alg": "none"} and no signature */
        public String unsigned() {
            return encode(header("none")) + "." + encode(payload()) + ".";
        }

        /** @return a signed token whose payload was changed afterwards (here: made a network admin) */
        public String tampered() {
            String[] parts = sign().split("\\.");
            String forged = encode(roles("network-admin").payload());
            return parts[0] + "." + forged + "." + parts[2];
        }

        private String header(String alg) {
            return Json.createObjectBuilder().add("alg", alg).add("typ", "JWT").add("kid", "maillage-test").build().toString();
        }

        private String payload() {
            Instant now = Instant.now();
            JsonArrayBuilder groups = Json.createArrayBuilder();
            roleNames.forEach(groups::add);
            JsonArrayBuilder tenants = Json.createArrayBuilder();
            groupPaths.forEach(tenants::add);
            JsonObjectBuilder claims = Json.createObjectBuilder()
                    .add("iss", issuer)
                    .add("aud", audience)
                    .add("sub", UUID.nameUUIDFromBytes(subject.getBytes(StandardCharsets.UTF_8)).toString())
                    .add("upn", subject)
                    .add("preferred_username", subject)
                    .add("jti", UUID.randomUUID().toString())
                    .add("iat", now.getEpochSecond() - 5)
                    .add("auth_time", now.getEpochSecond() - 5)
                    .add("exp", now.plus(lifetime).getEpochSecond())
                    .add("groups", groups)
                    .add("tenants", tenants);
            return claims.build().toString();
        }

        private static String encode(String json) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Tokens of this lifetime or longer are signed once for the same claims ({@link Token#sign()}). */
    private static final Duration REUSED_FROM = Duration.ofMinutes(1);
    private static final Map<Token, Signed> SIGNED = new ConcurrentHashMap<>();

    private record Signed(String token, Instant at) {
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
