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
import org.maillage.platform.security.control.TenantAccess;
import org.maillage.platform.security.control.VerifiedTokens;

/**
 * Default deny for the whole API: a valid token is needed unless the resource is {@code @PermitAll}
 * (401), and the caller needs one of the roles of {@code @RolesAllowed} on the method or its class —
 * any platform role when neither says (403).
 *
 * <p>The roles that count are those of the request's cooperation: on a path with a
 * {@value TenantAccess#PATH_PARAMETER} parameter, the realm-wide role {@value Roles#NETWORK_ADMIN} and
 * the roles the caller holds in <em>that</em> cooperation; elsewhere, every role the caller holds
 * anywhere. The request's {@link jakarta.ws.rs.core.SecurityContext} is replaced by one that answers
 * {@code isUserInRole} with those roles, so that a plugin's own checks (and Payara's {@code @RolesAllowed}
 * filter, which runs after this one) mean the same thing without a change.
 *
 * <p>A member (or network admin) of the path's cooperation whose role does not allow the method is
 * refused by {@link RoleRefusal}, after the tenant checks: a module the cooperation has not enabled
 * answers 404 whatever the caller's role, as if its endpoints did not exist there.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {

    private static final Set<String> PLATFORM_ROLES = Set.of(Roles.NETWORK_ADMIN, Roles.COORDINATOR, Roles.TEAM_REFERENT);

    @Context
    ResourceInfo resource;

    @Inject
    Caller caller;

    @Inject
    VerifiedTokens verifiedTokens;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || annotated(method, PermitAll.class)) {
            return;
        }
        if (!caller.authenticated()) {
            request.abortWith(Response.fromResponse(ApiError.response(401, "Authentification requise : connectez-vous."))
                    .header("WWW-Authenticate", "Bearer").build());
            return;
        }
        verifiedTokens.remember(request.getSecurityContext().getUserPrincipal());
        String slug = request.getUriInfo().getPathParameters().getFirst(TenantAccess.PATH_PARAMETER);
        Set<String> roles = slug == null ? caller.roles() : caller.rolesIn(slug);
        if (annotated(method, DenyAll.class) || !permitted(method, roles)) {
            boolean stranger = slug != null && !caller.memberOf(slug) && !caller.networkAdmin();
            if (slug == null || stranger) {
                request.abortWith(ApiError.response(403, stranger ? TenantAccess.notMember(slug) : RoleRefusal.MESSAGE));
                return;
            }
            RoleRefusal.defer(request);
        }
        request.setSecurityContext(new RolesContext(request.getSecurityContext(), roles));
    }

    private static boolean permitted(Method method, Set<String> roles) {
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? roles.stream().anyMatch(PLATFORM_ROLES::contains)
                : Arrays.stream(allowed.value()).anyMatch(roles::contains);
    }

    /** @return whether the method or its class carries the annotation */
    public static boolean annotated(Method method, Class<? extends Annotation> type) {
        return method.isAnnotationPresent(type) || method.getDeclaringClass().isAnnotationPresent(type);
    }
}
