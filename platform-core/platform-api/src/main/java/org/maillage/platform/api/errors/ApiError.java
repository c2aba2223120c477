package org.maillage.platform.api.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.maillage.platform.api.errors.ErrorBody.FieldError;

/** A refusal with a French message for the user, answered in the common error shape. */
public class ApiError extends WebApplicationException {

    public ApiError(int status, String message) {
        this(status, message, List.of());
    }

    public ApiError(int status, String message, List<FieldError> fields) {
        super(message, response(status, message, fields));
    }

    /** A 400 about one field of the request. */
    public static ApiError invalidField(String field, String message) {
        return new ApiError(400, "La requête contient une valeur invalide.", List.of(new FieldError(field, message)));
    }

    public static Response response(int status, String message, List<FieldError> fields) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorBody(status, message, fields))
                .build();
    }

    public static Response response(int status, String message) {
        return response(status, message, List.of());
    }
}
