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

/** Writes the container's own 401 and 403 answers (bad or expired tokens) in the API's error shape. */
@WebServlet("/maillage-error")
public class ContainerErrorServlet extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        String message = status == 401 ? "Authentification requise : votre jeton est absent, invalide ou expiré. Reconnectez-vous."
                : Messages.forStatus(status);
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(JSON.toJson(new ErrorBody(status, message, List.of())));
    }
}
