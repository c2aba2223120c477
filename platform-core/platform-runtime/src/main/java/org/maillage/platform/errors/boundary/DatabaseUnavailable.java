package org.maillage.platform.errors.boundary;

import jakarta.resource.ResourceException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.Logger;
import javax.transaction.xa.XAException;
import org.maillage.platform.api.errors.ApiError;

/**
 * Recognises, anywhere in a chain of causes, a database that cannot be reached (refused connection, server
 * shutting down or starting, connection lost): a fault of the moment, answered 503 with {@code Retry-After}
 * in the error shape rather than 500, and logged in one line rather than with a stack per request.
 */
final class DatabaseUnavailable {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class.getName());

    /** Seconds a client waits before trying again. */
    static final int RETRY_AFTER = 5;

    private DatabaseUnavailable() {
    }

    static boolean in(Throwable exception) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = exception; t != null && seen.add(t); t = next(t)) {
            // a refused connection; the pool or the transaction manager losing its connection (a commit on a closed one)
            if (t instanceof ConnectException || t instanceof XAException || t instanceof ResourceException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            String type = t.getClass().getSimpleName();
            if (type.equals("PoolingException") || type.equals("ResourceAllocationException")) {
                return true;
            }
        }
        return false;
    }

    static Response response(Throwable exception) {
        LOG.warning(() -> "The database cannot be reached: " + exception);
        Response error = ApiError.response(503, "Le service est momentanément indisponible (base de données injoignable). "
                + "Réessayez dans quelques instants.");
        return Response.fromResponse(error).header("Retry-After", String.valueOf(RETRY_AFTER)).build();
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null) {
            return t.getCause();
        }
        return t instanceof SQLException sql ? sql.getNextException() : null;
    }
}
