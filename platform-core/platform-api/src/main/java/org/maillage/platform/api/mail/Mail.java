package org.maillage.platform.api.mail;

import java.util.Map;

/**
 * The platform's outbox: how a plugin sends e-mail. Injected with {@code @Inject Mail}; every call acts for
 * the current cooperation (in a request, or in {@code TenantWork}) and joins the caller's transaction.
 *
 * <p>Guarantees: a message queued in a transaction that commits is sent once, by one instance, whatever the
 * SMTP server does meanwhile (retries with back-off, then FAILED for a coordinator to retry); a rolled-back
 * transaction sends nothing. Once sent, a message loses its body. No address reaches the server log. The
 * outbox's rows take part in the platform's export and erasure of a person's data. Nothing is sent while no
 * SMTP server is configured: the messages wait, and the outbox page says why.
 */
public interface Mail {

    /** Queues the message in the caller's transaction. @return its id */
    String queue(Message message);

    /** @return how many messages of the plugin (all references when {@code reference} is null) are in each state; every state present */
    Map<MailState, Long> countByState(String plugin, String reference);

    /** Deletes every message to the address, whichever plugin queued it (erasure of a person). @return how many */
    int forget(String address);
}
