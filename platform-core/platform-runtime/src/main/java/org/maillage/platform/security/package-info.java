/**
 * Security: who the caller is, what roles they hold, which cooperations they belong to.
 *
 * <p>Requirements: no request of one cooperation can ever read or change another's data; national
 * admins read every cooperation and write the registry and network-level resources only; every
 * endpoint names its roles; bad tokens get 401 and missing rights 403, never 500.
 *
 * <p>Decisions:
 * <ul>
 * <li>Tokens are Keycloak access tokens checked by MicroProfile JWT (signature from the realm's keys,
 * issuer, audience {@code maillage-api}, expiry), configured with {@code mp.jwt.verify.*}.</li>
 * <li>Cooperation membership is a Keycloak group {@code /cooperations/<slug>}; the token carries the
 * member's group paths in the claim {@code tenants} ({@link org.maillage.platform.security.control.Caller}).
 * Groups were chosen over Keycloak Organizations (a preview-era feature tied to e-mail domains, with a
 * younger admin API) and over a user attribute (no container the platform can provision, suspend or
 * list members of): a group is a stable container with attributes, visible in the admin console, and
 * becomes a token claim with a stock mapper.</li>
 * <li>Default deny: {@link org.maillage.platform.security.boundary.AccessFilter} refuses every
 * {@code /api} request without a valid token unless the resource is {@code @PermitAll}, and every
 * caller whose roles do not match {@code @RolesAllowed} (unannotated: any platform role).</li>
 * <li>Membership is checked before existence, so a caller learns nothing of cooperations they do not
 * belong to: a foreign or unknown cooperation is 403 on every endpoint.</li>
 * </ul>
 */
package org.maillage.platform.security;
