package org.maillage.onboarding.selfservice.control;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a self-service link: {@code base64url(payload) "." base64url(HMAC-SHA256(key, payload))},
 * the payload being {@code 2|tenant|key id|volunteer id|campaign recipient id or -|link generation|issued at|expires at}
 * (epoch seconds). Ids are random UUIDs: nothing in it names the person, and without the key nobody
 * makes one (a guess of the 256-bit signature). Pure: the key is the caller's.
 *
 * @param tenant      the cooperation's slug
 * @param keyId       which of the cooperation's keys signed it
 * @param volunteerId the volunteer the link is for
 * @param recipientId the campaign message it came with, or null
 * @param generation  the volunteer's link generation when it was made: revoking their links moves it on
 * @param issuedAt    when it was made
 * @param expiresAt   when it stops working
 */
public record LinkToken(String tenant, int keyId, String volunteerId, String recipientId, int generation, Instant issuedAt, Instant expiresAt) {

    private static final String VERSION = "2";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** Small numbers only: no parse can overflow, no time falls outside {@link Instant}'s range (12 digits of seconds: year 33,000). */
    private static final Pattern COUNTER = Pattern.compile("[0-9]{1,9}");
    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,12}");
    private static final Pattern UUID = Pattern.compile("[0-9a-f-]{36}");

    /** @return the signed token */
    public String sign(byte[] key) {
        String payload = String.join("|", VERSION, tenant, String.valueOf(keyId), volunteerId, recipientId == null ? "-" : recipientId,
                String.valueOf(generation), String.valueOf(issuedAt.getEpochSecond()), String.valueOf(expiresAt.getEpochSecond()));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(key, bytes));
    }

    /**
     * Reads the claims of a token without checking its signature: to learn whose key checks it.
     *
     * @return the claims, or empty when the token is not shaped like one (whatever it holds: never an exception)
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
            String[] f = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8).split("\\|", -1);
            if (f.length != 8 || !f[0].equals(VERSION) || !f[1].matches("[a-z0-9-]{1,40}") || !COUNTER.matcher(f[2]).matches()
                    || !UUID.matcher(f[3]).matches() || !(f[4].equals("-") || UUID.matcher(f[4]).matches())
                    || !COUNTER.matcher(f[5]).matches() || !SECONDS.matcher(f[6]).matches() || !SECONDS.matcher(f[7]).matches()) {
                return Optional.empty();
            }
            return Optional.of(new LinkToken(f[1], Integer.parseInt(f[2]), f[3], f[4].equals("-") ? null : f[4], Integer.parseInt(f[5]),
                    Instant.ofEpochSecond(Long.parseLong(f[6])), Instant.ofEpochSecond(Long.parseLong(f[7]))));
        } catch (RuntimeException e) {
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

    /** @return the key {@code keyId} of a cooperation's links, derived from the platform's secret */
    public static byte[] derivedKey(String secret, String tenant, int keyId) {
        return mac(secret.getBytes(StandardCharsets.UTF_8), ("maillage-onboarding-link|" + tenant + "|" + keyId).getBytes(StandardCharsets.UTF_8));
    }
}
