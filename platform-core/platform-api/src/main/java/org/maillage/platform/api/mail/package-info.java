/**
 * E-mail as a platform service: one outbox per cooperation that every plugin sends through.
 *
 * <p>A plugin injects {@link org.maillage.platform.api.mail.Mail} and queues a
 * {@link org.maillage.platform.api.mail.Message} (recipient, subject, plain-text body, optional reference and
 * tags of its own) inside the transaction that decides to send it. The platform's background sender claims
 * due messages with leases, sends them through the SMTP server of {@code maillage.mail.*}, retries with
 * back-off and purges the bodies of sent messages. Coordinators see and retry the cooperation's messages at
 * {@code /api/tenants/{tenant}/outbox}.
 */
package org.maillage.platform.api.mail;
