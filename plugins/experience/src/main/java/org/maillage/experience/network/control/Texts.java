package org.maillage.experience.network.control;

import java.util.Collection;
import org.maillage.platform.api.errors.ApiError;

/** What any text a person types may hold: no control character but tabs and line breaks (PostgreSQL refuses NUL). */
public final class Texts {

    private Texts() {
    }

    /** @throws ApiError 400 on the field when the text holds a control character */
    public static String typed(String field, String value) {
        if (value != null && value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw ApiError.invalidField(field, "contient un caractère de contrôle");
        }
        return value;
    }

    public static void typed(String field, Collection<String> values) {
        values.forEach(v -> typed(field, v));
    }
}
