package org.maillage.onboarding.selfservice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LinkTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final String VOLUNTEER = UUID.randomUUID().toString();
    private static final String RECIPIENT = UUID.randomUUID().toString();
    private final byte[] key = LinkToken.derivedKey("secret", "morbihan", 1);

    private String token() {
        return new LinkToken("morbihan", 1, VOLUNTEER, RECIPIENT, 0, NOW, NOW.plus(Duration.ofDays(30))).sign(key);
    }

    @Test
    void aSignedTokenReadsBackAndVerifiesWithItsKeyOnly() {
        String token = token();
        assertEquals(Optional.of(new LinkToken("morbihan", 1, VOLUNTEER, RECIPIENT, 0, NOW, NOW.plus(Duration.ofDays(30)))), LinkToken.read(token));
        assertTrue(LinkToken.signedWith(token, key));
        assertFalse(LinkToken.signedWith(token, LinkToken.derivedKey("secret", "finistere", 1)), "another cooperation's key");
        assertFalse(LinkToken.signedWith(token, LinkToken.derivedKey("other secret", "morbihan", 1)), "another secret");
        assertFalse(LinkToken.signedWith(token, LinkToken.derivedKey("secret", "morbihan", 2)), "another key of the cooperation");
        assertTrue(token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}"), "URL-safe, a 256-bit signature: " + token);
    }

    @Test
    void aChangedPayloadOrSignatureFails() {
        String token = token();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String longer = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replaceAll("\\|[0-9]+$", "|" + NOW.plus(Duration.ofDays(3650)).getEpochSecond()).getBytes(StandardCharsets.UTF_8));
        assertTrue(LinkToken.read(longer + "." + parts[1]).isPresent(), "still readable");
        assertFalse(LinkToken.signedWith(longer + "." + parts[1], key), "a longer life is not signed");
        char last = parts[1].charAt(0);
        assertFalse(LinkToken.signedWith(parts[0] + "." + (last == 'A' ? 'B' : 'A') + parts[1].substring(1), key));
        assertFalse(LinkToken.signedWith(parts[0], key));
        assertFalse(LinkToken.signedWith(parts[0] + ".%%%", key));
    }

    @Test
    void malformedTokensAreNotRead() {
        assertTrue(LinkToken.read(null).isEmpty());
        assertTrue(LinkToken.read("").isEmpty());
        assertTrue(LinkToken.read("abc").isEmpty());
        assertTrue(LinkToken.read("!!!.???").isEmpty());
        String notOurs = Base64.getUrlEncoder().encodeToString("2|morbihan|x|-|1|2".getBytes(StandardCharsets.UTF_8));
        assertTrue(LinkToken.read(notOurs + ".abc").isEmpty());
        for (String number : new String[]{"99999999999999999", "9223372036854775807", "-1", "1e9", "", "1234567890123"}) {
            String crafted = "2|morbihan|1|" + VOLUNTEER + "|-|0|" + NOW.getEpochSecond() + "|" + number;
            assertTrue(LinkToken.read(Base64.getUrlEncoder().encodeToString(crafted.getBytes(StandardCharsets.UTF_8)) + ".abc").isEmpty(), number);
            String key = "2|morbihan|" + number + "|" + VOLUNTEER + "|-|" + number + "|1|2";
            assertTrue(LinkToken.read(Base64.getUrlEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8)) + ".abc").isEmpty(), number);
        }
    }

    @Test
    void aTokenExpiresAtItsExpiry() {
        LinkToken claims = LinkToken.read(token()).orElseThrow();
        assertFalse(claims.expired(NOW.plus(Duration.ofDays(29))));
        assertTrue(claims.expired(NOW.plus(Duration.ofDays(30))));
    }

    @Test
    void theTokenHoldsNoPersonalData() {
        String payload = new String(Base64.getUrlDecoder().decode(token().split("\\.")[0]), StandardCharsets.UTF_8);
        assertEquals("2|morbihan|1|" + VOLUNTEER + "|" + RECIPIENT + "|0|" + NOW.getEpochSecond() + "|"
                + NOW.plus(Duration.ofDays(30)).getEpochSecond(), payload);
    }
}
