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
 * issuer, audience {@code maillage-api}, expiry), configured with {@code mp.jwt.verify.*}. A token it accepted
 * is remembered until its expiry ({@link org.maillage.platform.security.control.VerifiedTokens}): the signature of
 * the same token is not checked again at each request.</li>
 * <li>Cooperation membership is a Keycloak group {@code /cooperations/<slug>}; the token carries the
 * member's group paths in the claim {@code tenants} ({@link org.maillage.platform.security.control.Caller}).
 * Groups were chosen over Keycloak Organizations (a preview-era feature tied to e-mail domains, with a
 * younger admin API) and over a user attribute (no container the platform can provision, suspend or
 * list members of): a group is a stable container with attributes, visible in the admin console, and
 * becomes a token claim with a stock mapper.</li>
 * <li>Roles are held per cooperation, because one person may coordinate one cooperation and only refer a
 * team in another: a person is in the sub-group {@code /cooperations/<slug>/<role>} of each role they
 * hold there ({@link org.maillage.platform.security.control.Memberships}), and being in one of those is
 * being a member. The sub-groups are named with the role ids ({@code coordinator},
 * {@code team-referent}), the names {@code @RolesAllowed} and the web pages already use, so the path
 * turns into a role without a translation table and a new role is a new sub-group. Only
 * {@code network-admin} is a realm role (it is held across the network); realm roles
 * {@code coordinator} and {@code team-referent} in a token are ignored, so a realm imported before this
 * change fails closed rather than open.</li>
 * <li>On a request of one cooperation (a {@code {tenant}} path parameter) the roles that count are the
 * network admin's and those held in <em>that</em> cooperation, for {@code @RolesAllowed}, for the
 * default "any platform role", and for {@code SecurityContext.isUserInRole}, which
 * {@link org.maillage.platform.security.boundary.AccessFilter} answers from the same set: plugins check
 * roles as before and get the per-cooperation meaning without a change. Elsewhere a role counts when
 * it is held in any cooperation. The token's own {@code groups} (what Jakarta Security and a raw
 * {@code JsonWebToken} see) holds no cooperation role at all: code that bypasses the platform's context
 * is refused, not let through.</li>
 * <li>Default deny: {@link org.maillage.platform.security.boundary.AccessFilter} refuses every
 * {@code /api} request without a valid token unless the resource is {@code @PermitAll}, and every
 * caller whose roles do not match {@code @RolesAllowed} (unannotated: any platform role).</li>
 * <li>Membership is checked before existence, so a caller learns nothing of cooperations they do not
 * belong to: a foreign or unknown cooperation is 403 on every endpoint, with the same message.</li>
 * </ul>
 */
package org.maillage.platform.security;
