package org.maillage.platform.errors.boundary;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A {@code @Transactional} method that failed to begin or end its transaction. Ours, ahead of Jersey's own
 * mapper for this type, which answers with the last {@code WebApplicationException} it saw thrown from a
 * transactional method — one of another call: during a database outage a write was answered with the
 * validation error of a tenant descriptor read at start-up (found by {@code DatabaseRestartIT}). Here the
 * exception's own causes decide, as for any other exception.
 */
@Provider
@Priority(1)
public class TransactionalExceptionMapper implements ExceptionMapper<TransactionalException> {

    @Override
    public Response toResponse(TransactionalException exception) {
        return new UnexpectedExceptionMapper().toResponse(exception);
    }
}
