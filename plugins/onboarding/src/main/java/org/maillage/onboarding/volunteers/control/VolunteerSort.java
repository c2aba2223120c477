package org.maillage.onboarding.volunteers.control;

import java.util.Arrays;
import org.maillage.platform.api.errors.ApiError;

/**
 * The orders of the list: by name (last, then first), by creation, or by state in pipeline order;
 * {@code -} before the key reverses it ({@code -created}: newest first). The id breaks ties, so that
 * pages never overlap.
 */
public record VolunteerSort(Key key, boolean descending) {

    public enum Key {
        NAME("v.lastName %1$s, v.firstName %1$s"),
        CREATED("v.createdAt %1$s"),
        STATE("v.stateRank %1$s, v.lastName, v.firstName");

        private final String jpql;

        Key(String jpql) {
            this.jpql = jpql;
        }
    }

    public static final VolunteerSort DEFAULT = new VolunteerSort(Key.NAME, false);

    public static VolunteerSort of(String sort) {
        if (sort == null || sort.isBlank()) {
            return DEFAULT;
        }
        String s = sort.trim();
        boolean descending = s.startsWith("-");
        String name = descending ? s.substring(1) : s;
        Key key = Arrays.stream(Key.values()).filter(k -> k.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> ApiError.invalidField("sort", "tris possibles : name, created, state, précédés de « - » pour l’ordre inverse"));
        return new VolunteerSort(key, descending);
    }

    /** @return the JPQL {@code order by} clause */
    public String orderBy() {
        return " order by " + key.jpql.formatted(descending ? "desc" : "asc") + ", v.id";
    }
}
