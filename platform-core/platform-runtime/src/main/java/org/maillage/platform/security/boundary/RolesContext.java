package org.maillage.platform.security.boundary;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Set;

/**
 * The request's security context with the roles that count for it ({@link AccessFilter}): the same
 * principal and scheme, but {@code isUserInRole} answers for the request's cooperation.
 */
record RolesContext(SecurityContext original, Set<String> roles) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
        return original.getUserPrincipal();
    }

    @Override
    public boolean isUserInRole(String role) {
        return roles.contains(role);
    }

    @Override
    public boolean isSecure() {
        return original.isSecure();
    }

    @Override
    public String getAuthenticationScheme() {
        return original.getAuthenticationScheme();
    }
}
