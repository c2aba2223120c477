package org.maillage.platform.security.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.security.control.Caller;

/**
 * Default deny for the whole API: a valid token is needed unless the resource is {@code @PermitAll}
 * (401), and the caller needs one of the roles of {@code @RolesAllowed} on the method or its class —
 * any platform role when neither says (403).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {

    private static final Set<String> PLATFORM_ROLES = Set.of(Roles.NETWORK_ADMIN, Roles.COORDINATOR, Roles.TEAM_REFERENT);

    @Context
    ResourceInfo resource;

    @Inject
    Caller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || annotated(method, PermitAll.class)) {
            return;
        }
        if (!caller.authenticated()) {
            request.abortWith(Response.fromResponse(ApiError.response(401, "Authentification requise : connectez-vous."))
                    .header("WWW-Authenticate", "Bearer").build());
        } else if (annotated(method, DenyAll.class) || !permitted(method)) {
            request.abortWith(ApiError.response(403, "Votre rôle ne permet pas cette action."));
        }
    }

    private boolean permitted(Method method) {
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        Set<String> roles = caller.roles();
        return allowed == null ? roles.stream().anyMatch(PLATFORM_ROLES::contains)
                : Arrays.stream(allowed.value()).anyMatch(roles::contains);
    }

    /** @return whether the method or its class carries the annotation */
    public static boolean annotated(Method method, Class<? extends Annotation> type) {
        return method.isAnnotationPresent(type) || method.getDeclaringClass().isAnnotationPresent(type);
    }
}
