package org.maillage.teams.teams.boundary;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.maillage.platform.api.errors.ApiError;

/**
 * A JSON body read field by field, each bad value answered by a 400 naming the field in French.
 * Numbers are accepted as JSON numbers or as text (what a form sends).
 */
final class Form {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JsonObject body;

    private Form(JsonObject body) {
        this.body = body;
    }

    /**
     * @param body the request's body, JSON text (read here rather than by JSON-B so that every bad value
     *             gets its French message, and so that the OpenAPI scanner does not walk JSON-P's types)
     */
    static Form of(String body, String example) {
        if (body == null || body.isBlank()) {
            throw new ApiError(400, "Le corps de la requête est obligatoire : " + example + ".");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ApiError(400, "Le corps de la requête doit être un objet JSON : " + example + ".");
            }
            return new Form(value.asJsonObject());
        } catch (JsonException e) {
            throw new ApiError(400, "Le corps de la requête n’est pas du JSON valide : " + example + ".");
        }
    }

    boolean has(String field) {
        return body.containsKey(field) && body.get(field).getValueType() != JsonValue.ValueType.NULL;
    }

    /** @return the trimmed text, null when absent or blank and not required */
    String text(String field, int max, boolean required) {
        String value = null;
        if (has(field)) {
            JsonValue raw = body.get(field);
            if (raw instanceof JsonString s) {
                value = s.getString().trim();
            } else if (raw instanceof JsonNumber n) {
                value = n.toString();
            } else {
                throw ApiError.invalidField(field, "doit être un texte");
            }
        }
        if (value == null || value.isEmpty()) {
            if (required) {
                throw ApiError.invalidField(field, "est obligatoire");
            }
            return null;
        }
        if (value.length() > max) {
            throw ApiError.invalidField(field, "ne doit pas dépasser " + max + " caractères");
        }
        return value;
    }

    /** @return the date (yyyy-mm-dd), not after today in France; null when absent and not required */
    LocalDate pastDate(String field, boolean required) {
        String text = text(field, 10, required);
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiError.invalidField(field, "doit être une date au format AAAA-MM-JJ (exemple : 2026-03-14)");
        }
        if (date.isAfter(LocalDate.now(PARIS))) {
            throw ApiError.invalidField(field, "ne peut pas être dans le futur");
        }
        if (date.isBefore(LocalDate.of(1990, 1, 1))) {
            throw ApiError.invalidField(field, "doit être postérieure au 1er janvier 1990");
        }
        return date;
    }

    int integer(String field, int min, int max) {
        BigDecimal value = decimal(field, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
        if (value.stripTrailingZeros().scale() > 0) {
            throw ApiError.invalidField(field, "doit être un nombre entier entre " + min + " et " + max);
        }
        return value.intValueExact();
    }

    /** @return the number, required, between min and max, at most two decimals */
    BigDecimal decimal(String field, BigDecimal min, BigDecimal max) {
        String text = text(field, 12, true).replace(',', '.');
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw ApiError.invalidField(field, "doit être un nombre entre " + min + " et " + max);
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw ApiError.invalidField(field, "doit être un nombre entre " + min + " et " + max + " (deux décimales au plus)");
        }
        return value;
    }

    boolean bool(String field, boolean fallback) {
        if (!has(field)) {
            return fallback;
        }
        JsonValue raw = body.get(field);
        if (raw == JsonValue.TRUE || raw == JsonValue.FALSE) {
            return raw == JsonValue.TRUE;
        }
        throw ApiError.invalidField(field, "doit valoir true ou false");
    }

    /** @return the texts of a JSON array of texts, trimmed, blanks left out; empty when absent */
    List<String> texts(String field, int maxItems, int maxLength) {
        if (!has(field)) {
            return List.of();
        }
        if (body.get(field).getValueType() != JsonValue.ValueType.ARRAY) {
            throw ApiError.invalidField(field, "doit être une liste");
        }
        List<String> values = new ArrayList<>();
        for (JsonValue item : body.getJsonArray(field)) {
            if (!(item instanceof JsonString s)) {
                throw ApiError.invalidField(field, "doit être une liste de textes");
            }
            String value = s.getString().trim();
            if (value.length() > maxLength) {
                throw ApiError.invalidField(field, "« " + value.substring(0, 20) + "… » dépasse " + maxLength + " caractères");
            }
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        if (values.size() > maxItems) {
            throw ApiError.invalidField(field, "ne doit pas compter plus de " + maxItems + " éléments");
        }
        return values;
    }
}
