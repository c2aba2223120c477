/**
 * The plugin's e-mail: campaign messages and daily digests, sent through the platform's outbox
 * ({@link org.maillage.platform.api.mail.Mail}), and the « Boîte d'envoi » page over the platform's outbox endpoint.
 *
 * <p>Requirements: the coordinators of a cooperation may get a daily digest of their to-do list; a campaign's figures
 * count its messages by state; the plugin's messages are never lost nor sent twice (the platform's guarantees).
 *
 * <p>Decisions:
 * <ul>
 * <li><b>The platform sends</b>: leases, retries, SMTP, the purge of sent bodies and masked addresses in the log are
 * the platform's ({@code org.maillage.platform.mail}). The plugin queues in its own transaction: a campaign's messages
 * with the campaign as reference and the tag « CAMPAIGN », each with its unsubscribe address (purged once sent: it
 * holds the person's link); digests with the tag « DIGEST ». Messages are rendered when queued, so a campaign is what
 * it was when sent.</li>
 * <li><b>The page</b> ({@code outbox.js}) lists the cooperation's messages of this plugin through
 * {@code /api/tenants/{tenant}/outbox?plugin=onboarding} and retries failed ones there.</li>
 * <li><b>Digest</b>: once a day from {@code onboarding.digest-hour} in the cooperation's time zone, to
 * the addresses of {@code onboarding.digest-recipients} (« aucun » by default: a setting cannot be
 * empty). At most once per day: the day's row ({@code onboarding_digest_day}, primary key cooperation
 * + day) is written in the same transaction as the messages. Checked every {@code maillage.mail.poll-seconds}
 * ({@link org.maillage.onboarding.mail.control.DueDigests}, a plugin job) for each cooperation that enabled the plugin.</li>
 * </ul>
 */
package org.maillage.onboarding.mail;
