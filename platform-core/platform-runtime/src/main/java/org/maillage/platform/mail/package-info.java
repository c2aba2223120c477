/**
 * E-mail as a platform service: the outbox every plugin sends through ({@link org.maillage.platform.api.mail.Mail}),
 * its background sender and the coordinators' outbox endpoint ({@code /api/tenants/{tenant}/outbox}).
 *
 * <p>Requirements: a message queued in a transaction that commits is never lost, even when the SMTP server is
 * down or not configured, and never sent twice, even with several instances of the platform; failures are retried
 * with back-off, then shown with their error for a coordinator to retry; no address reaches the log; the rows take
 * part in the export and erasure of a person's data; cooperation A never sees B's messages.
 *
 * <p>Decisions:
 * <ul>
 * <li><b>One outbox table</b> ({@code platform_outbox}, tenant-owned, so EclipseLink's tenant column and the
 * database's row-level security wall both apply): PENDING → SENT, or FAILED after {@code maillage.mail.max-attempts};
 * attempts, last error, next attempt. Each row names the plugin that queued it, with the plugin's optional reference
 * (a campaign) and tags (« CAMPAIGN », « DIGEST »), which the plugin uses for its figures and pages. Messages are
 * rendered by the plugin when queued. Queued through {@code Mail.queue}, in the caller's transaction: a rolled-back
 * decision sends nothing.</li>
 * <li><b>Purge</b>: once sent, a message loses its body and its unsubscribe address, which may hold a person's link
 * (a bearer token); the row keeps the recipient, the subject and the dates for the figures (a check constraint holds
 * it in the database). A FAILED message keeps its body while a coordinator may retry it.</li>
 * <li><b>No address in the log</b>: a failed send is logged by the message's id with the failure's addresses masked
 * ({@link org.maillage.platform.api.logs.Redacted}); the last error shown to coordinators is masked too.</li>
 * <li><b>Claiming</b> by a conditional update with a lease, in JPQL (see
 * {@link org.maillage.platform.mail.control.Outbox}); at least once, never twice while instances live. One drain at
 * a time per cooperation on an instance (the sender's lock): an instance killed leaves at most one message of a
 * cooperation handed to the SMTP server and not recorded as sent, which is sent again when its claim lapses.</li>
 * <li><b>Sender</b> ({@link org.maillage.platform.mail.control.Sender}): at once when a transaction that queued
 * messages commits (one event per transaction, one wait per cooperation on a managed executor: a campaign queues
 * thousands), and as a platform job every {@code maillage.mail.poll-seconds} for each active cooperation (retries,
 * what a restart or a failure left), both through {@code TenantWork}, so every query is the cooperation's. Sending
 * at once rather than at the next tick: a coordinator's test message or a volunteer's link leaves in a second, not
 * up to half a minute later, and the job's period can stay long. The background methods open their own
 * transactions ({@code REQUIRES_NEW}): no transaction is open while talking to the SMTP server. A message is sent whether or not its plugin is still enabled: it was decided.</li>
 * <li><b>SMTP</b> from MicroProfile Config ({@code maillage.mail.host}, {@code port}, {@code from}, {@code user},
 * {@code password}, {@code starttls}), looked up at each use (Payara caches the values); Jakarta Mail as Payara
 * Micro ships it (Angus Mail), nothing added to the WAR. Without a host the outbox keeps its messages PENDING and the endpoint says why, in French.</li>
 * <li><b>Personal data</b>: the platform's erasure and export include the outbox's messages to the person, after the
 * plugins' ({@code PersonalDataHolders}); a plugin erasing a person by itself calls {@code Mail.forget}.</li>
 * <li><b>The page</b>: one endpoint for the cooperation's whole outbox, filtered by plugin, reference and state;
 * a plugin's page (onboarding's « Boîte d'envoi ») shows its own messages through it.</li>
 * </ul>
 */
package org.maillage.platform.mail;
