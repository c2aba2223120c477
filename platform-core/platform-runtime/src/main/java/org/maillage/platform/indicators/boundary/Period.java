package org.maillage.platform.indicators.boundary;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.maillage.platform.api.errors.ApiError;

/**
 * The months asked for: {@code from} and {@code to} as {@code YYYY-MM}, both included; by default the twelve
 * months up to the current one; at most {@value #MAX_MONTHS} months, none later than the current one.
 */
record Period(YearMonth from, YearMonth to) {

    static final int MAX_MONTHS = 60;

    static Period of(String from, String to) {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        YearMonth end = to == null || to.isBlank() ? now : month("to", to);
        YearMonth start = from == null || from.isBlank() ? end.minusMonths(11) : month("from", from);
        if (end.isAfter(now)) {
            throw ApiError.invalidField("to", "ne peut pas être un mois à venir");
        }
        if (start.isAfter(end)) {
            throw ApiError.invalidField("from", "doit précéder ou égaler « to »");
        }
        if (start.plusMonths(MAX_MONTHS - 1).isBefore(end)) {
            throw ApiError.invalidField("from", "la période dépasse " + MAX_MONTHS + " mois");
        }
        return new Period(start, end);
    }

    static YearMonth month(String field, String text) {
        try {
            YearMonth month = YearMonth.parse(text.strip());
            if (month.getYear() < 2000) {
                throw ApiError.invalidField(field, "doit être postérieur à l’an 2000");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw ApiError.invalidField(field, "doit être un mois au format AAAA-MM");
        }
    }
}
