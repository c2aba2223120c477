package org.maillage.platform.errors.boundary;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A concurrent change of the same entity ({@code @Version}) becomes a 409 in the error shape, for
 * every module. Raised at commit, the exception arrives wrapped in the transaction's own: the
 * {@link UnexpectedExceptionMapper} finds it among the causes ({@link BadInputs}) and answers the same.
 */
@Provider
public class OptimisticLockExceptionMapper implements ExceptionMapper<OptimisticLockException> {

    @Override
    public Response toResponse(OptimisticLockException exception) {
        return BadInputs.conflict();
    }
}
