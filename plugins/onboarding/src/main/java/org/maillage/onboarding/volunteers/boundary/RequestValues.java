package org.maillage.onboarding.volunteers.boundary;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.maillage.platform.api.errors.ApiError;

/** What the onboarding endpoints read the same way from a request: who asks, and whole-number query parameters. */
public final class RequestValues {

    private RequestValues() {
    }

    /** @return the name of the person asking, as transitions and participations record it */
    public static String who(SecurityContext security) {
        Principal principal = security.getUserPrincipal();
        return principal == null ? "inconnu" : principal.getName();
    }

    /**
     * @return the parameter's value, or {@code fallback} when absent
     * @throws ApiError 400 naming the field when it is not a whole number between {@code min} and {@code max}
     */
    public static int number(String field, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.invalidField(field, "doit être un nombre entier entre " + min + " et " + max);
    }
}
