/**
 * The self-service page of a volunteer, without an account, through a signed link.
 *
 * <p>Requirements: the link is bound to one person of one cooperation, expires, cannot be guessed nor
 * forged, holds no personal data; through it the person confirms their interest, gives availability,
 * commune and consent, signs up to a first action near them, withdraws, unsubscribes, or erases their data; a forged, expired, foreign or
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
 * exist ({@code suggestions}: matching's {@code Suggestions#forVolunteer} finds an action or a team;
 * none once the person withdrew).</li>
 * <li><b>Suggestions</b>: {@code GET suggestions} lists the first actions (title, description, commune,
 * dates, places left or waiting list) and teams (name, communes) near the person, nothing about other
 * people. {@code POST first-actions/{id}} signs them up through {@code FirstActions#enrol} (applied, not
 * assigned; a place or the waiting list) and counts as « answered »; an action that is not among their
 * suggestions (unknown, over, far, on a day they are not free, already taken) is a 404. Teams are only
 * shown, with a sentence that the coordination puts them in touch: nothing is recorded, since the
 * coordinators already see the same teams on the volunteer's own suggestions.</li>
 * </ul>
 */
package org.maillage.onboarding.selfservice;
