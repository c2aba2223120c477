package org.maillage.onboarding.selfservice.control;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a self-service link: {@code base64url(payload) "." base64url(HMAC-SHA256(key, payload))},
 * the payload being {@code 1|tenant|volunteer id|campaign recipient id or -|issued at|expires at}
 * (epoch seconds). Ids are random UUIDs: nothing in it names the person, and without the key nobody
 * makes one (a guess of the 256-bit signature). Pure: the key is the caller's.
 *
 * @param tenant      the cooperation's slug
 * @param volunteerId the volunteer the link is for
 * @param recipientId the campaign message it came with, or null
 * @param issuedAt    when it was made
 * @param expiresAt   when it stops working
 */
public record LinkToken(String tenant, String volunteerId, String recipientId, Instant issuedAt, Instant expiresAt) {

    private static final String VERSION = "1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** @return the signed token */
    public String sign(byte[] key) {
        String payload = String.join("|", VERSION, tenant, volunteerId, recipientId == null ? "-" : recipientId,
                String.valueOf(issuedAt.getEpochSecond()), String.valueOf(expiresAt.getEpochSecond()));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(key, bytes));
    }

    /**
     * Reads the claims of a token without checking its signature: to learn whose key checks it.
     *
     * @return the claims, or empty when the token is not shaped like one
     */
    public static Optional<LinkToken> read(String token) {
        if (token == null || token.length() > 1000) {
            return Optional.empty();
        }
        String[] parts = token.trim().split("\\.");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            String[] fields = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8).split("\\|", -1);
            if (fields.length != 6 || !fields[0].equals(VERSION) || !fields[1].matches("[a-z0-9-]{1,40}")
                    || !fields[2].matches("[0-9a-f-]{36}") || !fields[3].matches("-|[0-9a-f-]{36}")) {
                return Optional.empty();
            }
            return Optional.of(new LinkToken(fields[1], fields[2], fields[3].equals("-") ? null : fields[3],
                    Instant.ofEpochSecond(Long.parseLong(fields[4])), Instant.ofEpochSecond(Long.parseLong(fields[5]))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** @return whether the token carries these claims signed with this key (compared in constant time) */
    public static boolean signedWith(String token, byte[] key) {
        String[] parts = token.trim().split("\\.");
        if (parts.length != 2) {
            return false;
        }
        try {
            byte[] expected = mac(key, DECODER.decode(parts[0]));
            return MessageDigest.isEqual(expected, DECODER.decode(parts[1]));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    static byte[] mac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** @return the key of a cooperation's links derived from the platform's configured secret */
    public static byte[] derivedKey(String secret, String tenant) {
        return mac(secret.getBytes(StandardCharsets.UTF_8), ("maillage-onboarding-link|" + tenant).getBytes(StandardCharsets.UTF_8));
    }
}
