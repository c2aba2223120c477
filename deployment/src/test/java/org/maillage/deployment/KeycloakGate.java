package org.maillage.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP gate on the loopback interface between the end-to-end platform and the run's real Keycloak, for the
 * platform's fetches of the signing keys only: {@link #close} makes Keycloak unreachable for the platform (every
 * connection, open or new, is cut) while the tests still reach Keycloak directly; {@link #open} lets it through
 * again. One per test JVM, open unless a test closes it (and opens it again after).
 */
final class KeycloakGate {

    private static KeycloakGate gate;

    private final URI target;
    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean open = true;

    private KeycloakGate(URI target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "keycloak-gate");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** @return the gate in front of the run's Keycloak, started on first use */
    static synchronized KeycloakGate toKeycloak() {
        if (gate == null) {
            try {
                gate = new KeycloakGate(URI.create(KeycloakEndToEndIT.KEYCLOAK.isEmpty() ? "http://127.0.0.1:9" : KeycloakEndToEndIT.KEYCLOAK));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return gate;
    }

    /** @return {@code url} of Keycloak, reached through the gate */
    String through(String url) {
        return url.replace(target.getScheme() + "://" + target.getAuthority(), "http://127.0.0.1:" + server.getLocalPort());
    }

    void close() {
        open = false;
        sockets.forEach(KeycloakGate::quietly);
        sockets.clear();
    }

    void open() {
        open = true;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (!open) {
                    quietly(client);
                    continue;
                }
                Socket upstream = new Socket();
                upstream.connect(new InetSocketAddress(target.getHost(), target.getPort()), 5000);
                sockets.add(client);
                sockets.add(upstream);
                pipe(client, upstream);
                pipe(upstream, client);
            } catch (IOException e) {
                // a refused or broken connection: the platform sees Keycloak unreachable
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread copy = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // closed
            } finally {
                quietly(from);
                quietly(to);
            }
        }, "keycloak-gate-copy");
        copy.setDaemon(true);
        copy.start();
    }

    private static void quietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
