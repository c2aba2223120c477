package org.maillage.testkit.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * The sign-in a browser test goes through when no Keycloak runs: a minimal OpenID Connect server on
 * 127.0.0.1 (authorization code with PKCE, as the web shell's keycloak-js asks) that hands out the test token
 * named beforehand ({@link #next}). Every test deployment of the kit that names no Keycloak sends browsers here
 * ({@code maillage.web.keycloak-url}); the platform still verifies each token's signature (the kit's key), so
 * the browser holds exactly the rights of the {@code Tokens} a test gave. One sign-in at a time per JVM.
 */
public final class TestSignIn {

    private static HttpServer server;
    private static volatile String pending;
    private static final Map<String, String> CODES = new ConcurrentHashMap<>();

    private TestSignIn() {
    }

    /** @return the address of this JVM's sign-in server, as a Keycloak address ({@code <url>/realms/<realm>/…}); started on first use */
    public static synchronized String keycloakUrl() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", TestSignIn::answer);
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread thread = new Thread(r, "maillage-test-sign-in");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The token the next browser that signs in receives (a {@code Tokens} token). */
    static void next(String token) {
        keycloakUrl();
        pending = token;
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String origin = exchange.getRequestHeaders().getFirst("Origin");
            if (origin != null) {
                exchange.getResponseHeaders().add("Access-Control-Allow-Origin", origin);
                exchange.getResponseHeaders().add("Access-Control-Allow-Credentials", "true");   // keycloak-js fetches with credentials
                exchange.getResponseHeaders().add("Access-Control-Allow-Headers", "Content-Type, Authorization");
                exchange.getResponseHeaders().add("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            }
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
            if (exchange.getRequestMethod().equals("OPTIONS")) {
                exchange.sendResponseHeaders(204, -1);
            } else if (path.endsWith("/protocol/openid-connect/auth")) {
                String token = pending;
                if (token == null) {
                    send(exchange, 400, "text/plain", "No test token to sign in with: open pages through PluginBrowser.");
                    return;
                }
                String code = UUID.randomUUID().toString();
                CODES.put(code, token);
                String redirect = query.get("redirect_uri");
                redirect(exchange, redirect + (redirect.contains("?") ? "&" : "?") + "state=" + encode(query.get("state"))
                        + "&session_state=test&code=" + code);
            } else if (path.endsWith("/protocol/openid-connect/token")) {
                Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                String token = "refresh_token".equals(body.get("grant_type")) ? body.get("refresh_token") : CODES.remove(String.valueOf(body.get("code")));
                if (token == null) {
                    send(exchange, 400, "application/json", "{\"error\": \"invalid_grant\"}");
                    return;
                }
                send(exchange, 200, "application/json", "{\"access_token\": \"" + token + "\", \"refresh_token\": \"" + token
                        + "\", \"token_type\": \"Bearer\", \"expires_in\": 3600, \"refresh_expires_in\": 3600}");
            } else if (path.endsWith("/protocol/openid-connect/logout")) {
                String back = query.getOrDefault("post_logout_redirect_uri", query.get("redirect_uri"));
                if (back == null) {
                    send(exchange, 200, "text/plain", "signed out");
                } else {
                    redirect(exchange, back);
                }
            } else {
                send(exchange, 404, "text/plain", "not part of the test sign-in");
            }
        }
    }

    private static void redirect(HttpExchange exchange, String to) throws IOException {
        exchange.getResponseHeaders().add("Location", to);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
