/**
 * The outbox of e-mails (campaign messages, daily digests) and the background sender.
 *
 * <p>Requirements: messages are never lost when the SMTP server is down or not configured; failures
 * are retried with back-off, then shown with their error for a coordinator to retry; with several
 * instances of the platform nothing is sent twice; the coordinators of a cooperation may get a daily
 * digest of their to-do list.
 *
 * <p>Decisions:
 * <ul>
 * <li><b>Outbox table</b> ({@code onboarding_outbox}, tenant-owned): PENDING → SENT, or FAILED after
 * {@code maillage.mail.max-attempts}; attempts, last error, next attempt. Messages are rendered when
 * queued, so a campaign is what it was when sent. Once sent, a message loses its body and its
 * unsubscribe address, which hold the person's link (a bearer token): the row keeps the recipient, the
 * subject and the dates for the figures. A FAILED message keeps its body while a coordinator may retry it.</li>
 * <li><b>No address in the log</b>: a failed send is logged by the message's id with the failure's
 * addresses masked ({@code org.maillage.onboarding.logs}); the last error shown to coordinators is masked too.</li>
 * <li><b>Claiming</b> by a conditional update with a lease, in plain SQL (see
 * {@link org.maillage.onboarding.mail.control.Outbox}); at least once, never twice while instances live.</li>
 * <li><b>Sender</b>: a managed scheduled executor started with the plugin; each tick works for each
 * cooperation that enabled the plugin through {@code TenantWork} (the platform's
 * {@code tenantsWith}), so every query is the cooperation's. The background methods open their own
 * transactions ({@code REQUIRES_NEW}): no transaction is open while talking to the SMTP server.</li>
 * <li><b>SMTP</b> from MicroProfile Config ({@code maillage.mail.host}, {@code port}, {@code from},
 * {@code user}, {@code password}, {@code starttls}); Jakarta Mail as Payara Micro ships it (Angus Mail),
 * nothing added to the WAR. Without a host the outbox keeps its messages PENDING and the API says why.</li>
 * <li><b>Digest</b>: once a day from {@code onboarding.digest-hour} in the cooperation's time zone, to
 * the addresses of {@code onboarding.digest-recipients} (« aucun » by default: a setting cannot be
 * empty). At most once per day: the day's row ({@code onboarding_digest_day}, primary key cooperation
 * + day) is written in the same transaction as the messages.</li>
 * </ul>
 */
package org.maillage.onboarding.mail;
