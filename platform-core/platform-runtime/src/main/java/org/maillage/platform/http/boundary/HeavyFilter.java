package org.maillage.platform.http.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.http.Heavy;
import org.maillage.platform.http.control.HeavyPermits;
import org.maillage.platform.persistence.control.StatementBudget;
import org.maillage.platform.security.control.TenantAccess;

/**
 * Enforces {@link Heavy}: after the access, tenant and rate checks, a heavy request of a cooperation takes one of its
 * turns ({@link HeavyPermits}; {@code maillage.http.heavy.per-cooperation}, default {@value #PER_COOPERATION}) waiting
 * up to {@code maillage.http.heavy.wait-ms} (default {@value #WAIT_MS}), else is answered 503 with
 * {@code Retry-After}; its statements get {@code maillage.http.heavy.statement-timeout-ms} (default
 * {@value #STATEMENT_TIMEOUT_MS}) through {@link StatementBudget}. {@link HeavyRelease}, a servlet filter around
 * the whole request, gives the turn back and clears the budget however the request ends.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 200)
public class HeavyFilter implements ContainerRequestFilter {

    static final String TURN = HeavyFilter.class.getName() + ".turn";
    static final int PER_COOPERATION = 8;
    static final int WAIT_MS = 1_000;
    static final int STATEMENT_TIMEOUT_MS = 5_000;
    static final int RETRY_AFTER = 1;

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    HeavyPermits permits;

    @Inject
    Config config;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || !(method.isAnnotationPresent(Heavy.class) || resource.getResourceClass().isAnnotationPresent(Heavy.class))) {
            return;
        }
        String slug = request.getUriInfo().getPathParameters().getFirst(TenantAccess.PATH_PARAMETER);
        String cooperation = slug == null ? "" : slug;
        Optional<Runnable> turn = permits.take(cooperation, setting("per-cooperation", PER_COOPERATION), setting("wait-ms", WAIT_MS));
        if (turn.isEmpty()) {
            request.abortWith(Response.fromResponse(ApiError.response(503,
                            "Trop de recherches en cours pour cette coopération : réessayez dans un instant."))
                    .header("Retry-After", RETRY_AFTER).build());
            return;
        }
        servletRequest.setAttribute(TURN, turn.get());
        StatementBudget.set(setting("statement-timeout-ms", STATEMENT_TIMEOUT_MS));
    }

    private int setting(String name, int fallback) {
        return config.getOptionalValue("maillage.http.heavy." + name, Integer.class).orElse(fallback);
    }
}
