package org.maillage.platform.errors.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.maillage.platform.api.errors.ApiError;

/**
 * The last resort: an exception nobody expected. It is logged with an id the user can quote;
 * the answer carries that id and nothing of the exception.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (DatabaseUnavailable.in(exception)) {
            return DatabaseUnavailable.response(exception);
        }
        return BadInputs.find(exception).map(BadInputs::response).orElseGet(() -> logged(exception));
    }

    static Response logged(Throwable exception) {
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + id, exception);
        return ApiError.response(500, "Erreur interne du serveur (référence " + id + ").");
    }
}
