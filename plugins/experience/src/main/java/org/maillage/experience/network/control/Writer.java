package org.maillage.experience.network.control;

import java.util.Locale;

/**
 * The person who writes, as the token names them: a login, an address when the token has one (or the login is
 * one), and the name they sign with (the token's name, else the login without its domain: never an address).
 */
public record Writer(String login, String email, String name) {

    public static Writer of(String login, String emailClaim, String nameClaim) {
        String normalised = login == null ? "inconnu" : login.toLowerCase(Locale.ROOT);
        String email = emailClaim != null && !emailClaim.isBlank() ? emailClaim.trim().toLowerCase(Locale.ROOT)
                : normalised.contains("@") ? normalised : null;
        String name = nameClaim != null && !nameClaim.isBlank() ? nameClaim.strip() : normalised.replaceAll("@.*", "");
        return new Writer(normalised, email, name.length() > 200 ? name.substring(0, 200) : name);
    }
}
