/**
 * The self-service page of a volunteer, without an account, through a signed link.
 *
 * <p>Requirements: the link is bound to one person of one cooperation, expires, cannot be guessed nor
 * forged, holds no personal data; through it the person confirms their interest, gives availability,
 * commune and consent, withdraws, unsubscribes, or erases their data; a forged, expired, foreign or
 * erased link shows a French message and changes nothing.
 *
 * <p>Decisions:
 * <ul>
 * <li><b>Token</b> ({@link org.maillage.onboarding.selfservice.control.LinkToken}): cooperation, volunteer
 * id, campaign recipient id, issued and expiry times, signed with HMAC-SHA256. Key per cooperation:
 * derived from {@code maillage.onboarding.link-secret} when configured, else a random 256-bit key
 * stored once per cooperation in the database (shared by instances, kept across restarts). Expiry:
 * {@code onboarding.link-valid-days} (30 by default). Stateless: erasing the person kills every link.</li>
 * <li><b>Public API</b> at {@code /api/onboarding/self-service}: {@code @PermitAll}, declared public in
 * the OpenAPI document. The token travels in the header {@code Maillage-Lien}, and in the page's
 * address after {@code #}, so that no server or proxy logs it. The cooperation is read from the token,
 * checked to be active with the plugin enabled, bound with {@code TenantWork}, and only then is the
 * signature checked with its key: another cooperation's link fails there.</li>
 * <li><b>Page</b>: {@code /plugins/onboarding/self-service.html} and its module, standalone (no login),
 * DSFR. The section « a first action or a team near you » shows only when the API says suggestions
 * exist ({@code suggestions}), which matching will provide.</li>
 * </ul>
 */
package org.maillage.onboarding.selfservice;
