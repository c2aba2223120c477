package org.maillage.platform.errors.boundary;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.maillage.platform.api.errors.ApiError;

/**
 * Recognises, anywhere in a chain of causes, the exceptions that mean the client sent something
 * wrong (malformed JSON, a body over the size limit, a stale version) rather than a server fault.
 */
final class BadInputs {

    private BadInputs() {
    }

    /** @return the cause that says what the client did wrong; a refusal of ours wins over the parser's complaint it caused */
    static Optional<Throwable> find(Throwable exception) {
        Throwable found = null;
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof WebApplicationException) {
                return Optional.of(t);
            }
            if (found == null && (t instanceof JsonbException || t instanceof JsonException
                    || t instanceof OptimisticLockException || t instanceof NumberFormatException)) {
                found = t;
            }
        }
        return Optional.ofNullable(found);
    }

    static Response response(Throwable cause) {
        if (cause instanceof WebApplicationException web) {
            return new WebApplicationExceptionMapper().toResponse(web);
        }
        if (cause instanceof OptimisticLockException) {
            return ApiError.response(409, "Cette ressource a été modifiée entre-temps ; rechargez-la puis recommencez.");
        }
        return ApiError.response(400, "Le corps de la requête n'est pas un JSON valide ou ne correspond pas au format attendu.");
    }
}
