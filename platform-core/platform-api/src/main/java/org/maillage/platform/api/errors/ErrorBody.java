package org.maillage.platform.api.errors;

import java.util.List;

/**
 * The body of every error answer.
 *
 * @param status  the HTTP status, repeated for clients that only keep the body
 * @param message what went wrong, in French, for the user
 * @param fields  one entry per invalid field of the request, empty when the error is not about a field
 */
public record ErrorBody(int status, String message, List<FieldError> fields) {

    public ErrorBody {
        fields = List.copyOf(fields);
    }

    /** @param field the name of the field in the request body or query; @param message what is wrong with it, in French */
    public record FieldError(String field, String message) {
    }
}
