package org.maillage.platform.http.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.errors.boundary.ContainerErrorServlet;

/**
 * {@code /metrics} (heap, pools, requests: what an attacker sizes a server with) answers network admins
 * only: a bearer token with the realm role {@value Roles#NETWORK_ADMIN}, as for the API; 401 without a
 * token, 403 with another role, in the API's error shape. Payara serves the endpoint inside the
 * application at the root context, so the application's token check and this filter apply to it.
 * {@code /health} stays public (a load balancer asks it, and it shows nothing but UP or DOWN).
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"})
public class MetricsGate extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isUserInRole(Roles.NETWORK_ADMIN)) {
            chain.doFilter(request, response);
            return;
        }
        int status = request.getUserPrincipal() == null ? 401 : 403;
        ContainerErrorServlet.write(response, status, status == 401
                ? "Authentification requise : les métriques sont réservées aux administrateurs du réseau."
                : "Les métriques sont réservées aux administrateurs du réseau.");
    }
}
