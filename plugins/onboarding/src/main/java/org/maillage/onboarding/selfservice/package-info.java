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
 * key id, volunteer id, campaign recipient id, the volunteer's link generation, issued and expiry times,
 * signed with HMAC-SHA256. Expiry: {@code onboarding.link-valid-days} (30 by default).</li>
 * <li><b>Keys</b> ({@link org.maillage.onboarding.selfservice.control.LinkKeys}): key {@code n} of a
 * cooperation is HMAC-SHA256(platform secret, cooperation + {@code n}). The platform secret is
 * {@code maillage.onboarding.link-secret}, else the file {@code maillage.onboarding.link-secret-file} that
 * the launcher makes once in its data folder (mode 600). The database holds only the key ids and when they
 * were revoked ({@code onboarding_link_key}): no key, in clear or not, so a copy of the database signs
 * nothing; the signature is checked before the database is read. Without a secret no link is made (503).
 * The random keys stored in clear before were dropped with their links (migration V5).</li>
 * <li><b>Rotation</b> ({@code POST …/onboarding/links/key-rotation}, coordinators): new links are signed
 * with a new key id; the links already sent keep working until they expire, because a rotation is
 * hygiene and the messages in people's mailboxes should not die with it; {@code revokePrevious: true}
 * revokes the earlier ids at once, for a key thought leaked. A leaked platform secret is answered by a
 * new secret: every link dies.</li>
 * <li><b>Revocation</b> of one person's links ({@code POST …/onboarding/links/volunteers/{id}/revocation},
 * coordinators): the volunteer's link generation moves on, so every link made before fails (a message
 * forwarded, a shared mailbox); their next message brings a working link. Erasure moves it on too.</li>
 * <li><b>Public API</b> at {@code /api/onboarding/self-service}: {@code @PermitAll}, declared public in
 * the OpenAPI document. The token travels in the header {@code Maillage-Lien}, and in the page's
 * address after {@code #}, so that no server or proxy logs it. Checked in this order: shape (small numbers
 * only: no crafted value overflows), signature with the key the claims name, expiry — then the cooperation
 * (active, plugin enabled), bound with {@code TenantWork}, the key id not revoked, the volunteer there, not
 * erased, same link generation. Every refusal is the same 404 with the same body, whatever failed: no
 * answer tells whether a cooperation exists or has onboarding (rate limits are the platform's).</li>
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
