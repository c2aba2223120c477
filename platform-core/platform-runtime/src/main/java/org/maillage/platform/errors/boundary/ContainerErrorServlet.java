package org.maillage.platform.errors.boundary;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maillage.platform.api.errors.ErrorBody;
import org.maillage.platform.audit.control.AuditTrail;
import org.maillage.platform.audit.control.RefusalBudget;
import org.maillage.platform.errors.control.Messages;

/**
 * Writes the container's own error answers in the API's error shape: 401 and 403 (bad or expired tokens,
 * refused before JAX-RS runs), 404 (a path nothing serves: no HTML error page of the server), and any
 * other status or exception that reaches the container. Never the exception itself. A token refused on
 * a cooperation's endpoint is audited as a refusal.
 */
@WebServlet("/maillage-error")
public class ContainerErrorServlet extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Logger LOG = Logger.getLogger(ContainerErrorServlet.class.getName());
    /** A cooperation's endpoint: {@code /api/tenants/<slug>/...}. */
    private static final Pattern TENANT_PATH = Pattern.compile("/api(/tenants/)([^/]+)(/.*)");

    @Inject
    AuditTrail trail;

    @Inject
    RefusalBudget refusals;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : 500;
        if (status == 401 || status == 403) {
            audited(request, status);
        }
        write(response, status, status == 401 ? "Authentification requise : votre jeton est absent, invalide ou expiré. Reconnectez-vous."
                : Messages.forStatus(status));
    }

    /**
     * A token refused by the container on a cooperation's endpoint (forged, expired, another issuer) is a
     * refusal like those of the API, audited within the same budget; the caller is unknown.
     */
    private void audited(HttpServletRequest request, int status) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Matcher path = TENANT_PATH.matcher(uri == null ? "" : uri.toString().substring(request.getContextPath().length()));
        if (!path.matches() || path.group(2).equals("provisioning")) {
            return;
        }
        String tenant = path.group(2);
        String action = request.getMethod() + " " + path.group(1) + "{tenant}" + path.group(3) + " (jeton refusé)";
        String target = path.group(1) + tenant + path.group(3);
        try {
            if (refusals.admit(tenant, "anonyme", action)) {
                trail.record(tenant, null, action.length() > 300 ? action.substring(0, 300) : action,
                        target.length() > 1000 ? target.substring(0, 1000) : target, status, null);
            }
        } catch (RuntimeException e) {
            LOG.severe("Could not record a refused token in " + tenant + ": " + e.getClass().getName());
        }
    }

    /** Answers {@code status} with {@code message} in the error shape. */
    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType("application/json;charset=UTF-8");
        byte[] body = JSON.toJson(new ErrorBody(status, message, List.of())).getBytes(StandardCharsets.UTF_8);
        try {
            response.getOutputStream().write(body);
        } catch (IllegalStateException writerTaken) {
            // what failed before us took the writer (a response has one or the other): the same bytes through it
            response.getWriter().write(new String(body, StandardCharsets.UTF_8));
        }
    }
}
