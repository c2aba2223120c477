package org.maillage.platform.errors.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.maillage.platform.api.errors.ErrorBody;
import org.maillage.platform.errors.control.Messages;

/**
 * Writes the container's own error answers in the API's error shape: 401 and 403 (bad or expired tokens,
 * refused before JAX-RS runs), 404 (a path nothing serves: no HTML error page of the server), and any
 * other status or exception that reaches the container. Never the exception itself.
 */
@WebServlet("/maillage-error")
public class ContainerErrorServlet extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : 500;
        write(response, status, status == 401 ? "Authentification requise : votre jeton est absent, invalide ou expiré. Reconnectez-vous."
                : Messages.forStatus(status));
    }

    /** Answers {@code status} with {@code message} in the error shape. */
    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(JSON.toJson(new ErrorBody(status, message, List.of())));
    }
}
