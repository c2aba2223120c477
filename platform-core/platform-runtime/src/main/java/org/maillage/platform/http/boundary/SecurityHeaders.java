package org.maillage.platform.http.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.maillage.platform.http.control.ContentSecurityPolicy;

/**
 * The security headers of every answer, pages and API alike: a Content-Security-Policy (scripts, styles,
 * images from the platform only, inline scripts by hash, calls to the platform and to Keycloak, no
 * framing), {@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy: no-referrer}. The hashes of a
 * page's inline scripts (the import map of {@code index.html}) are computed from the page itself, once.
 * Mapped in {@code web-fragment.xml}, to run before every annotated filter.
 */
public class SecurityHeaders extends HttpFilter {

    @Inject
    @ConfigProperty(name = "maillage.keycloak.url")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "maillage.web.keycloak-url")
    Optional<String> publicKeycloakUrl;

    private final Map<String, String> policies = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policies.computeIfAbsent(page(request), this::policy));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }

    /** @return the HTML page the request reads, or "" for anything else */
    private static String page(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty() || path.endsWith("/")) {
            return path + (path.endsWith("/") ? "" : "/") + "index.html";
        }
        return path.endsWith(".html") && !path.contains("..") ? path : "";
    }

    private String policy(String page) {
        String keycloak = origin(publicKeycloakUrl.filter(u -> !u.isBlank()).orElse(keycloakUrl));
        if (page.isEmpty()) {
            return ContentSecurityPolicy.of("", keycloak);
        }
        try (InputStream in = getServletContext().getResourceAsStream(page)) {
            return ContentSecurityPolicy.of(in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), keycloak);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String origin(String url) {
        URI uri = URI.create(url.trim());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
