package org.maillage.platform.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.lang.reflect.Method;
import java.security.Principal;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The tokens MicroProfile JWT has verified, remembered until they expire, so that the next requests with the same
 * token skip the check of its signature (an RSA verification and the parsing of the token: 10% of a server's CPU
 * under the test suite's requests, where every request carries a token it sent before).
 *
 * <p>An identity store asked before MicroProfile JWT's own ({@link #priority()} 10, Payara's is 100): it answers
 * only for a token it holds, with the caller and groups MicroProfile JWT gave that token, and leaves every other
 * token to MicroProfile JWT ({@code NOT_VALIDATED}). It validates and provides groups (the default types): Jakarta
 * Security keeps the groups of a validating store only when it also provides groups, and the container's roles
 * ({@code isUserInRole}, the metrics' gate) come from them. It learns a token only from a request MicroProfile JWT has
 * authenticated ({@link #remember}, called by the access filter): a token that failed a check is never held, and
 * is checked again at each request. A token is never answered for at or after its expiry ({@code exp}), so the
 * store never lengthens a token's life. What it does not see: a signing key removed from the realm before its
 * tokens expire (at most the access tokens' lifespan, 5 minutes).
 *
 * <p>The token is read from MicroProfile JWT's credential by its public {@code getSignedJWT()} (Payara's
 * {@code SignedJWTCredential}); a server whose credential has no such method gets no cache, never a wrong answer.
 * At most {@value #MOST} tokens are held: when full, the expired ones go, and all of them if none had expired.
 * With {@code mp.jwt.verify.token.age} configured (a token refused before its expiry), nothing is remembered.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityStore {

    static final int MOST = 4096;

    private static final ClassValue<Method> TOKEN_GETTER = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            try {
                Method getter = type.getMethod("getSignedJWT");
                return getter.getReturnType() == String.class ? getter : null;
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
    };

    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    Clock clock = Clock.systemUTC();

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.token.age")
    Optional<Long> tokenAge = Optional.empty();

    @Override
    public CredentialValidationResult validate(Credential credential) {
        String token = token(credential);
        JsonWebToken caller = token == null ? null : verified.get(token);
        if (caller == null || expired(caller)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return new CredentialValidationResult((CallerPrincipal) caller, caller.getGroups());
    }

    /** Remembers the caller of a request MicroProfile JWT authenticated; anything else is ignored. */
    public void remember(Principal principal) {
        if (tokenAge.isPresent() || !(principal instanceof JsonWebToken caller) || !(principal instanceof CallerPrincipal)
                || caller.getRawToken() == null || expired(caller) || verified.containsKey(caller.getRawToken())) {
            return;
        }
        if (verified.size() >= MOST) {
            verified.values().removeIf(this::expired);
            if (verified.size() >= MOST) {
                verified.clear();
            }
        }
        verified.put(caller.getRawToken(), caller);
    }

    @Override
    public int priority() {
        return 10;
    }

    private boolean expired(JsonWebToken caller) {
        return clock.instant().getEpochSecond() >= caller.getExpirationTime();
    }

    private static String token(Credential credential) {
        Method getter = credential == null ? null : TOKEN_GETTER.get(credential.getClass());
        if (getter == null) {
            return null;
        }
        try {
            return (String) getter.invoke(credential);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
