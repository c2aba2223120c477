package org.maillage.platform.territory.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.errors.ErrorBody.FieldError;
import org.maillage.platform.tenancy.control.Departements;
import org.maillage.platform.territory.control.CommuneQuery;

/**
 * The query parameters of a commune search, checked: every invalid one is named in a single 400.
 *
 * @param departement the code of the département to search in, or null for all of France
 */
record SearchParameters(CommuneQuery query, String departement, int limit) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MIN_CHARACTERS = 2;
    static final int MAX_LENGTH = 100;
    static final int MAX_TERMS = 10;

    static SearchParameters checked(String q, String departement, String limit, Departements departements) {
        List<FieldError> errors = new ArrayList<>();
        CommuneQuery query = CommuneQuery.of(q);
        int characters = query.words().stream().mapToInt(String::length).sum()
                + query.postcodes().stream().mapToInt(String::length).sum();
        if (q == null || q.isBlank()) {
            errors.add(new FieldError("q", "est obligatoire : un nom de commune ou un code postal, au moins 2 caractères"));
        } else if (q.length() > MAX_LENGTH) {
            errors.add(new FieldError("q", "ne doit pas dépasser " + MAX_LENGTH + " caractères"));
        } else if (characters < MIN_CHARACTERS) {
            errors.add(new FieldError("q", "doit contenir au moins " + MIN_CHARACTERS + " lettres ou chiffres"));
        } else if (query.terms() > MAX_TERMS) {
            errors.add(new FieldError("q", "ne doit pas contenir plus de " + MAX_TERMS + " mots"));
        }
        String code = departement == null || departement.isBlank() ? null : departement.trim().toUpperCase(Locale.ROOT);
        if (code != null && !departements.exists(code)) {
            errors.add(new FieldError("departement", "« " + departement + " » n’est pas un code de département (exemples : 56, 2A, 971)"));
        }
        int max = parsedLimit(limit);
        if (max < 1) {
            errors.add(new FieldError("limit", "doit être un nombre entier de 1 à " + MAX_LIMIT));
        }
        if (!errors.isEmpty()) {
            throw new ApiError(400, "La requête contient des valeurs invalides.", errors);
        }
        return new SearchParameters(query, code, max);
    }

    /** @return the limit asked for, the default when none, or 0 when it is not a whole number from 1 to the maximum */
    private static int parsedLimit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            return value >= 1 && value <= MAX_LIMIT ? value : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
