package org.maillage.platform.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keyed hash (HMAC-SHA256) under which the audit names a person: the same address always gives the
 * same hash with the same key, so "was this person's data exported?" can be answered by hashing the
 * address again, but the hash alone gives the address back to nobody who lacks the key
 * ({@value #KEY}). Without a configured key, one is drawn at start-up: hashes then stay secret but
 * cannot be compared across restarts, which a warning says.
 */
@ApplicationScoped
public class PersonHash {

    /** The configuration key of the secret. */
    public static final String KEY = "maillage.audit.hash-key";

    private static final Logger LOG = Logger.getLogger(PersonHash.class.getName());

    @Inject
    @ConfigProperty(name = KEY)
    Optional<String> configured;

    private volatile SecretKeySpec key;

    /** @return the hex HMAC of the identifier, trimmed and lower-cased (an address in any case is the same person) */
    public String of(String identifier) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal(identifier.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private SecretKeySpec key() {
        if (key == null) {
            byte[] secret = configured.filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
                LOG.warning(KEY + " is not set: the audit hashes people with a key drawn at start-up, "
                        + "so their hashes will not match after a restart. Set it (./maillage run does).");
                byte[] drawn = new byte[32];
                new SecureRandom().nextBytes(drawn);
                return drawn;
            });
            key = new SecretKeySpec(secret, "HmacSHA256");
        }
        return key;
    }
}
