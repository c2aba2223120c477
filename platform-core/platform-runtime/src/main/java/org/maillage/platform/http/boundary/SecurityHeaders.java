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
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.maillage.platform.http.control.ContentSecurityPolicy;
import org.maillage.platform.web.control.BrowserKeycloak;

/**
 * The security headers of every answer, pages and API alike: a Content-Security-Policy (scripts, styles,
 * images from the platform only, inline scripts by hash, calls to the platform and to Keycloak, no
 * framing), {@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy: no-referrer}. The hashes of a
 * page's inline scripts (the import map of {@code index.html}) are computed from the page itself, once.
 * Mapped in {@code web-fragment.xml}, to run before every annotated filter.
 */
public class SecurityHeaders extends HttpFilter {

    @Inject
    BrowserKeycloak keycloak;

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
        if (page.isEmpty()) {
            return ContentSecurityPolicy.of("", keycloak.origin());
        }
        try (InputStream in = getServletContext().getResourceAsStream(page)) {
            return ContentSecurityPolicy.of(in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8), keycloak.origin());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
