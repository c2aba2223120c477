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
            // 57014: a statement cancelled by its time-out (a heavy request's statement_timeout)
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P") || sql.getSQLState().equals("57014"))) {
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
        if (cancelled(exception)) {
            LOG.warning(() -> "A statement ran past its time-out: " + exception);
            Response error = ApiError.response(503, "La demande a pris trop de temps et a été interrompue. Réessayez dans quelques "
                    + "instants, ou précisez la recherche.");
            return Response.fromResponse(error).header("Retry-After", "1").build();
        }
        LOG.warning(() -> "The database cannot be reached: " + exception);
        Response error = ApiError.response(503, "Le service est momentanément indisponible (base de données injoignable). "
                + "Réessayez dans quelques instants.");
        return Response.fromResponse(error).header("Retry-After", String.valueOf(RETRY_AFTER)).build();
    }

    private static boolean cancelled(Throwable exception) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = exception; t != null && seen.add(t); t = next(t)) {
            if (t instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null) {
            return t.getCause();
        }
        return t instanceof SQLException sql ? sql.getNextException() : null;
    }
}
