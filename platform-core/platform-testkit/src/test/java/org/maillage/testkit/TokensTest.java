package org.maillage.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void theSameClaimsGiveTheSameSignedToken() {
        assertEquals(Tokens.coordinator("a"), Tokens.coordinator("a"));
        assertEquals(Tokens.networkAdmin(), Tokens.token("national").roles("network-admin").sign());
    }

    @Test
    void otherClaimsGiveAnotherToken() {
        assertNotEquals(Tokens.coordinator("a"), Tokens.coordinator("b"));
        assertNotEquals(Tokens.coordinator("a"), Tokens.referent("a"));
        assertNotEquals(Tokens.token("x").sign(), Tokens.token("x").signedByStranger().sign());
        assertNotEquals(Tokens.token("x").sign(), Tokens.token("x").expiresIn(Duration.ofMinutes(30)).sign());
    }

    @Test
    void shortLivedAndExpiredTokensAreSignedAnewEachTime() {
        assertNotEquals(Tokens.token("x").expiresIn(Duration.ofSeconds(3)).sign(), Tokens.token("x").expiresIn(Duration.ofSeconds(3)).sign());
        assertNotEquals(Tokens.token("x").expiresIn(Duration.ofMinutes(-10)).sign(), Tokens.token("x").expiresIn(Duration.ofMinutes(-10)).sign());
    }
}
