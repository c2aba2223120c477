/**
 * Who may call what.
 *
 * <p>Every request to {@code /api} needs a valid token (Keycloak, checked with MicroProfile JWT),
 * except resources marked {@code @PermitAll}. Roles are the realm roles {@value org.maillage.platform.api.security.Roles#NETWORK_ADMIN},
 * {@value org.maillage.platform.api.security.Roles#COORDINATOR} and {@value org.maillage.platform.api.security.Roles#TEAM_REFERENT};
 * a resource or method names the roles it accepts with {@code @RolesAllowed} (unannotated: any of
 * them). On {@code /api/tenants/{tenant}/...} the caller must moreover be a member of the cooperation;
 * a network admin may read every cooperation but writes only through methods marked
 * {@link org.maillage.platform.api.security.NetworkLevel}.
 */
package org.maillage.platform.api.security;
