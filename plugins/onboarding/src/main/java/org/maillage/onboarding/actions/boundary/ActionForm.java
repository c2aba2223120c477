package org.maillage.onboarding.actions.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.maillage.onboarding.actions.entity.FirstAction;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.errors.ErrorBody.FieldError;
import org.maillage.platform.api.territory.CommuneRef;

/**
 * A first action as a coordinator writes it. Dates are {@code YYYY-MM-DD}; {@code endsOn} defaults
 * to {@code startsOn} (a one-day action); the commune is the INSEE code of a commune of the cooperation.
 */
public record ActionForm(String title, String description, String commune, String startsOn, String endsOn,
                         Integer places, String partner) {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    static final int PARTNER_MAX = 200;
    static final int PLACES_MAX = 10_000;

    /**
     * @param communes finds a commune of the cooperation by its INSEE code
     * @throws ApiError 400 naming every wrong field
     */
    FirstAction.Details details(Function<String, Optional<CommuneRef>> communes) {
        List<FieldError> errors = new ArrayList<>();
        String t = text(title);
        if (t == null) {
            errors.add(new FieldError("title", "est obligatoire"));
        } else if (t.length() > TITLE_MAX) {
            errors.add(new FieldError("title", "ne doit pas dépasser " + TITLE_MAX + " caractères"));
        }
        String d = text(description);
        if (d != null && d.length() > DESCRIPTION_MAX) {
            errors.add(new FieldError("description", "ne doit pas dépasser " + DESCRIPTION_MAX + " caractères"));
        }
        String p = text(partner);
        if (p != null && p.length() > PARTNER_MAX) {
            errors.add(new FieldError("partner", "ne doit pas dépasser " + PARTNER_MAX + " caractères"));
        }
        CommuneRef commune = null;
        if (text(commune()) == null) {
            errors.add(new FieldError("commune", "est obligatoire : le code INSEE de la commune (exemple : 56260)"));
        } else {
            commune = communes.apply(commune().trim()).orElse(null);
            if (commune == null) {
                errors.add(new FieldError("commune", "« " + commune().trim() + " » n’est pas le code INSEE d’une commune du territoire de la coopération"));
            }
        }
        LocalDate start = date("startsOn", startsOn, errors);
        if (start == null && text(startsOn) == null) {
            errors.add(new FieldError("startsOn", "est obligatoire (AAAA-MM-JJ)"));
        }
        LocalDate end = text(endsOn) == null ? start : date("endsOn", endsOn, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError("endsOn", "doit être le même jour que le début ou après"));
        }
        if (places == null || places < 1 || places > PLACES_MAX) {
            errors.add(new FieldError("places", "doit être un nombre entier entre 1 et " + PLACES_MAX));
        }
        if (!errors.isEmpty()) {
            throw new ApiError(400, "La première action n’est pas valide : " + errors.stream()
                    .map(e -> e.field() + " " + e.message()).reduce((a, b) -> a + " ; " + b).orElse("") + ".", errors);
        }
        return new FirstAction.Details(t, d, commune.code(), commune.nom(), start, end, places, p);
    }

    private static LocalDate date(String field, String raw, List<FieldError> errors) {
        if (text(raw) == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "doit être une date AAAA-MM-JJ (exemple : 2027-03-14)"));
            return null;
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
