package org.maillage.platform.security.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.maillage.platform.api.errors.ApiError;

/**
 * The 403 of a cooperation's member whose role does not allow the method, answered after the tenant
 * checks ({@code TenantFilter}, which answers 404 for a module the cooperation has not enabled) rather
 * than before them ({@link AccessFilter} decides, this filter answers). Its priority puts it after
 * {@code TenantFilter} ({@code AUTHORIZATION - 2}) and before Payara's own {@code @RolesAllowed} filter
 * ({@code AUTHORIZATION}), which would otherwise refuse first.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 1)
public class RoleRefusal implements ContainerRequestFilter {

    static final String MESSAGE = "Votre rôle ne permet pas cette action.";
    private static final String PROPERTY = RoleRefusal.class.getName();

    static void defer(ContainerRequestContext request) {
        request.setProperty(PROPERTY, Boolean.TRUE);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getProperty(PROPERTY) != null) {
            request.abortWith(ApiError.response(403, MESSAGE));
        }
    }
}
