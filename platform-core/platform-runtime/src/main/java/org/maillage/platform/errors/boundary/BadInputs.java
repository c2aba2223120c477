package org.maillage.platform.errors.boundary;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Optional;
import org.maillage.platform.api.errors.ApiError;

/**
 * Recognises, anywhere in a chain of causes, the exceptions that mean the client sent something
 * wrong (malformed JSON, a body over the size limit) or lost a race (a stale version, a concurrent insert)
 * rather than a server fault.
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
                    || conflict(t) || unstorable(t) || t instanceof NumberFormatException)) {
                found = t;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * @return whether the exception says that another request changed the same data first: a stale
     *         version (JPA's or EclipseLink's own, which a commit outside the persistence context raises),
     *         or a unique key that a concurrent insert took (SQL state 23505)
     */
    static boolean conflict(Throwable t) {
        return t instanceof OptimisticLockException
                || t.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")
                || t instanceof SQLException sql && "23505".equals(sql.getSQLState());
    }

    /**
     * @return whether PostgreSQL refused a text it cannot store (SQL state 22021: a NUL character, which a JSON string
     *         may hold), whichever module's field carried it; the transaction rolls back whole
     */
    static boolean unstorable(Throwable t) {
        return t instanceof SQLException sql && "22021".equals(sql.getSQLState());
    }

    static Response conflict() {
        return ApiError.response(409, "Cette ressource a été modifiée entre-temps ; rechargez-la puis recommencez.");
    }

    static Response response(Throwable cause) {
        if (cause instanceof WebApplicationException web) {
            return new WebApplicationExceptionMapper().toResponse(web);
        }
        if (conflict(cause)) {
            return conflict();
        }
        if (unstorable(cause)) {
            return ApiError.response(400, "Un texte envoyé contient un caractère nul (\\u0000), que la plateforme ne peut pas enregistrer : retirez-le.");
        }
        return ApiError.response(400, "Le corps de la requête n’est pas un JSON valide ou ne correspond pas au format attendu.");
    }
}
