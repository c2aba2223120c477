package org.maillage.platform.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import jakarta.security.enterprise.identitystore.IdentityStore.ValidationType;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final long EXPIRY = 1_800_000_000L;

    private final VerifiedTokens tokens = at(EXPIRY - 60);

    @Test
    void aTokenSeenVerifiedIsAnsweredForWithItsCallerAndGroups() {
        Token caller = new Token("a.b.c", EXPIRY, Set.of("network-admin"));
        tokens.remember(caller);
        CredentialValidationResult result = tokens.validate(new Bearer("a.b.c"));
        assertEquals(Status.VALID, result.getStatus());
        assertSame(caller, result.getCallerPrincipal());
        assertEquals(Set.of("network-admin"), result.getCallerGroups());
        assertTrue(tokens.validationTypes().contains(ValidationType.PROVIDE_GROUPS),
                "Jakarta Security drops the groups of a validating store that does not provide groups");
    }

    @Test
    void anyOtherTokenIsLeftToMicroProfileJwt() {
        tokens.remember(new Token("a.b.c", EXPIRY, Set.of()));
        assertEquals(Status.NOT_VALIDATED, tokens.validate(new Bearer("a.b.d")).getStatus(), "another token, however close");
        assertEquals(Status.NOT_VALIDATED, tokens.validate(new Bearer(null)).getStatus());
        assertEquals(Status.NOT_VALIDATED, tokens.validate(new UsernamePasswordCredential("a.b.c", "a.b.c")).getStatus(),
                "a credential without getSignedJWT()");
    }

    @Test
    void anExpiredTokenIsNeverAnsweredForNorRemembered() {
        tokens.remember(new Token("a.b.c", EXPIRY, Set.of()));
        tokens.clock = Clock.fixed(Instant.ofEpochSecond(EXPIRY), ZoneOffset.UTC);
        assertEquals(Status.NOT_VALIDATED, tokens.validate(new Bearer("a.b.c")).getStatus(), "at its expiry");
        tokens.remember(new Token("d.e.f", EXPIRY, Set.of()));
        tokens.clock = Clock.fixed(Instant.ofEpochSecond(EXPIRY - 60), ZoneOffset.UTC);
        assertEquals(Status.NOT_VALIDATED, tokens.validate(new Bearer("d.e.f")).getStatus(), "learnt when already expired");
    }

    @Test
    void onlyACallerMicroProfileJwtAuthenticatedIsRemembered() {
        tokens.remember(() -> "a.b.c");
        tokens.remember(null);
        assertEquals(Status.NOT_VALIDATED, tokens.validate(new Bearer("a.b.c")).getStatus());
    }

    @Test
    void nothingIsRememberedWhenATokenMayBeRefusedBeforeItsExpiry() {
        tokens.tokenAge = java.util.Optional.of(300L);
        tokens.remember(new Token("a.b.c", EXPIRY, Set.of()));
        assertEquals(Status.NOT_VALIDATED, tokens.validate(new Bearer("a.b.c")).getStatus());
    }

    @Test
    void whenFullTheExpiredGoFirst() {
        for (int i = 0; i < VerifiedTokens.MOST - 1; i++) {
            tokens.remember(new Token("short." + i, EXPIRY - 30, Set.of()));
        }
        tokens.remember(new Token("long", EXPIRY, Set.of()));
        tokens.clock = Clock.fixed(Instant.ofEpochSecond(EXPIRY - 10), ZoneOffset.UTC);
        tokens.remember(new Token("new", EXPIRY, Set.of()));
        assertEquals(Status.VALID, tokens.validate(new Bearer("long")).getStatus(), "still valid: kept");
        assertEquals(Status.VALID, tokens.validate(new Bearer("new")).getStatus());
    }

    private static VerifiedTokens at(long epochSecond) {
        VerifiedTokens tokens = new VerifiedTokens();
        tokens.clock = Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
        return tokens;
    }

    /** MicroProfile JWT's credential as Payara makes it: the token behind a public getter. */
    public static final class Bearer implements Credential {

        private final String token;

        Bearer(String token) {
            this.token = token;
        }

        public String getSignedJWT() {
            return token;
        }
    }

    /** A verified token as Payara makes it: a caller principal that is the token. */
    private static final class Token extends CallerPrincipal implements JsonWebToken {

        private final String raw;
        private final long expiry;
        private final Set<String> groups;

        Token(String raw, long expiry, Set<String> groups) {
            super("someone");
            this.raw = raw;
            this.expiry = expiry;
            this.groups = groups;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("raw_token", "exp", "groups");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            Map<String, Object> claims = Map.of("raw_token", raw, "exp", expiry, "groups", groups);
            return (T) claims.get(claimName);
        }

        @Override
        public String getRawToken() {
            return raw;
        }

        @Override
        public long getExpirationTime() {
            return expiry;
        }

        @Override
        public Set<String> getGroups() {
            return groups;
        }
    }
}
