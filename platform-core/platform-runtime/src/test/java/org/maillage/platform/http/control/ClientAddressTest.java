package org.maillage.platform.http.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void theForwardedAddressCountsOnlyFromATrustedProxy() {
        ClientAddress behindHaproxy = new ClientAddress("127.0.0.1");
        assertEquals("203.0.113.7", behindHaproxy.of("127.0.0.1", "203.0.113.7"));
        assertEquals("198.51.100.9", behindHaproxy.of("198.51.100.9", "203.0.113.7"), "anyone else's header is ignored");
        assertEquals("127.0.0.1", behindHaproxy.of("127.0.0.1", null));
        assertEquals("127.0.0.1", behindHaproxy.of("127.0.0.1", " "));
    }

    @Test
    void theLastHopIsTheOneTheProxyAppended() {
        ClientAddress proxy = new ClientAddress("10.0.0.5");
        assertEquals("203.0.113.7", proxy.of("10.0.0.5", "1.2.3.4, 203.0.113.7"), "a client cannot choose its address by sending the header");
    }

    @Test
    void rangesOfProxies() {
        ClientAddress ingress = new ClientAddress(" 10.244.0.0/16 , 192.168.1.1");
        assertEquals("203.0.113.7", ingress.of("10.244.3.17", "203.0.113.7"));
        assertEquals("10.245.0.1", ingress.of("10.245.0.1", "203.0.113.7"));
        assertEquals("203.0.113.7", ingress.of("192.168.1.1", "203.0.113.7"));
        assertEquals("10.244.3.17", new ClientAddress("10.244.0.0/99").of("10.244.3.17", "203.0.113.7"), "a malformed range trusts nobody");
    }

    @Test
    void noProxyTrustedByDefault() {
        assertEquals("127.0.0.1", new ClientAddress(null).of("127.0.0.1", "203.0.113.7"));
        assertEquals("127.0.0.1", new ClientAddress("").of("127.0.0.1", "203.0.113.7"));
    }
}
