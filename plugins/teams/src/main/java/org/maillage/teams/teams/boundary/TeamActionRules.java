package org.maillage.teams.teams.boundary;

import org.maillage.platform.api.errors.ApiError;
import org.maillage.teams.teams.entity.TeamAction;

/**
 * What the log of a visit may say about the people met. The charter of citizen teams asks for
 * confidentiality and for storing as little as possible: counts, at most first names or initials,
 * never health data. So the log has no free text at all, and the one field about people is short and
 * shaped like first names: at most 5 words of letters (with hyphens, apostrophes and dots for initials),
 * no digits (no phone numbers, dates or addresses), {@value TeamAction#FIRST_NAMES_MAX} characters.
 */
final class TeamActionRules {

    static final String FIRST_NAMES_HINT = "5 mots de lettres au plus, sans chiffres";

    private static final String WORD = "\\p{L}[\\p{L}'’.-]{0,19}";

    private TeamActionRules() {
    }

    /** @return the first names or initials, normalised to "A, B"; null when empty */
    static String firstNames(String text) {
        if (text == null) {
            return null;
        }
        if (!acceptable(text)) {
            throw refusal();
        }
        return String.join(", ", words(text));
    }

    /** @return whether the text is only first names or initials, within the limits */
    static boolean acceptable(String text) {
        String[] words = words(text);
        return text.length() <= TeamAction.FIRST_NAMES_MAX && words.length <= 5
                && java.util.Arrays.stream(words).allMatch(w -> w.matches(WORD));
    }

    private static String[] words(String text) {
        return text.trim().split("[\\s,;/]+");
    }

    private static ApiError refusal() {
        return ApiError.invalidField("firstNames", "ne peut contenir que des prénoms ou des initiales (" + FIRST_NAMES_HINT + ", "
                + TeamAction.FIRST_NAMES_MAX + " caractères) : la charte des équipes interdit d’identifier les personnes visitées");
    }
}
