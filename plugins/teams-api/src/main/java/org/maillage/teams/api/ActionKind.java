package org.maillage.teams.api;

import java.util.Objects;

/**
 * A kind of visit or action.
 *
 * @param code  stored with each action: lower case letters, digits and hyphens, 40 characters at most
 * @param label the French name shown to users
 */
public record ActionKind(String code, String label) {

    public static final String CODE = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

    public ActionKind {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        if (!code.matches(CODE) || code.length() > 40) {
            throw new IllegalArgumentException("Invalid action kind code: " + code);
        }
    }
}
