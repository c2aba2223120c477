/**
 * Who may call what.
 *
 * <p>Every request to {@code /api} needs a valid token (Keycloak, checked with MicroProfile JWT),
 * except resources marked {@code @PermitAll}. The roles are {@value org.maillage.platform.api.security.Roles#NETWORK_ADMIN}
 * (held across the network), {@value org.maillage.platform.api.security.Roles#COORDINATOR} and
 * {@value org.maillage.platform.api.security.Roles#TEAM_REFERENT} (held per cooperation: a person may
 * coordinate one cooperation and refer a team in another); a resource or method names the roles it
 * accepts with {@code @RolesAllowed} (unannotated: any of them). On {@code /api/tenants/{tenant}/...}
 * the caller must moreover be a member of the cooperation, and {@code @RolesAllowed} and
 * {@code SecurityContext.isUserInRole} (JAX-RS) answer with the roles the caller holds in <em>that</em>
 * cooperation (and network admin); a network admin may read every cooperation but writes only through
 * methods marked {@link org.maillage.platform.api.security.NetworkLevel}. Check roles that way only:
 * the token's {@code groups} claim (a raw {@code JsonWebToken}, Jakarta Security) holds no cooperation role.
 */
package org.maillage.platform.api.security;
