package org.maillage.platform.errors.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.errors.control.Messages;

/** Answers every JAX-RS refusal (404, 405, 406, 415...) in the common error shape. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception instanceof ApiError) {
            return exception.getResponse();
        }
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return UnexpectedExceptionMapper.logged(exception);
        }
        Response.ResponseBuilder answer = Response.fromResponse(ApiError.response(status, Messages.forStatus(status)));
        exception.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> answer.header(name, value));
            }
        });
        return answer.build();
    }
}
