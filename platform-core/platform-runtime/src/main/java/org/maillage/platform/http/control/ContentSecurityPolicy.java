package org.maillage.platform.http.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of a page: everything from the platform's own origin, inline scripts only
 * by the hash of their text (no {@code 'unsafe-inline'}, no {@code eval}), no inline styles, calls to
 * the platform and to Keycloak (the token endpoint), forms to the platform and to Keycloak (sign-out),
 * no plugins ({@code object-src}), and no framing by anyone ({@code frame-ancestors 'none'}).
 */
public final class ContentSecurityPolicy {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script\\b(?![^>]*\\bsrc\\s*=)[^>]*>(.*?)</script>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private ContentSecurityPolicy() {
    }

    /**
     * @param html     the page (empty for what is not a page)
     * @param keycloak the origin of Keycloak as browsers reach it
     */
    public static String of(String html, String keycloak) {
        StringBuilder scripts = new StringBuilder("'self'");
        Matcher inline = INLINE_SCRIPT.matcher(html);
        while (inline.find()) {
            scripts.append(" 'sha256-").append(sha256(inline.group(1))).append('\'');
        }
        return "default-src 'self'; script-src " + scripts + "; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self' " + keycloak + "; form-action 'self' " + keycloak + "; "
                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
