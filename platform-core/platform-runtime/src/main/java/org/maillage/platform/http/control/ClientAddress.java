package org.maillage.platform.http.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The address of the client a request comes from, for the per-client rate limits. Behind a reverse proxy (HAProxy
 * in {@code ./maillage cluster}, an Ingress controller) the connection's address is the proxy's, the same for every
 * client: then the last address of {@code X-Forwarded-For}, the one the proxy appended, is the client's. It is taken
 * only from the proxies listed in {@code maillage.http.trusted-proxies} (addresses or IPv4 ranges {@code a.b.c.d/n},
 * comma-separated), never from anyone else, who could write any address there.
 */
public final class ClientAddress {

    private final List<String> trusted;

    /** @param trusted the setting {@code maillage.http.trusted-proxies}, or null */
    public ClientAddress(String trusted) {
        this.trusted = trusted == null ? List.of()
                : List.of(trusted.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * @param remote        the connection's address
     * @param forwardedFor  the {@code X-Forwarded-For} values, joined by commas, or null
     * @return the client's address
     */
    public String of(String remote, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trusts(remote)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() ? remote : last;
    }

    private boolean trusts(String remote) {
        for (String proxy : trusted) {
            if (proxy.equals(remote) || proxy.contains("/") && inRange(remote, proxy)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inRange(String address, String range) {
        try {
            String[] parts = range.split("/");
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            byte[] candidate = InetAddress.getByName(address).getAddress();
            int bits = Integer.parseInt(parts[1]);
            if (network.length != candidate.length || bits < 0 || bits > network.length * 8) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((network[i / 8] & mask) != (candidate[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }
}
