package org.maillage.teams.teams.entity;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A list of codes or logins stored in one column: separated by spaces, with a space before and after,
 * so that {@code like '% x %'} finds one in the database (plain SQL, no array type).
 */
public final class Words {

    private Words() {
    }

    public static String join(Collection<String> words) {
        return words.isEmpty() ? " " : " " + String.join(" ", words) + " ";
    }

    public static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.stream(stored.trim().split(" +")).toList();
    }

    /** @return the pattern that finds the word in a stored list */
    public static String pattern(String word) {
        return "% " + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " %";
    }
}
