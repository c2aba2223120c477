package org.maillage.platform.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.maillage.platform.api.mail.MailState;
import org.maillage.platform.api.mail.Message;
import org.maillage.platform.api.tenant.TenantOwned;

/**
 * One e-mail to one address, rendered when queued, sent by the background sender. Claimed for an
 * attempt by a lease ({@code leaseUntil}), see {@link org.maillage.platform.mail.control.Outbox#claim}. The plugin that
 * queued it, its reference and its tags are the plugin's, for its own figures and pages.
 */
@Entity
@Table(name = "platform_outbox")
@TenantOwned
public class OutboxMessage {

    public static final int ERROR_MAX = 1000;

    @Id
    private String id;

    private String plugin;

    private String reference;

    /** The tags, separated by commas; empty when none. */
    private String tags;

    private String recipient;

    private String subject;

    private String body;

    @Column(name = "unsubscribe_url")
    private String unsubscribeUrl;

    @Enumerated(EnumType.STRING)
    private MailState state;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "lease_until")
    private OffsetDateTime leaseUntil;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(Message message, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.plugin = message.plugin();
        this.reference = message.reference();
        this.tags = String.join(",", message.tags().stream().sorted().toList());
        this.recipient = message.recipient();
        this.subject = message.subject();
        this.body = message.body();
        this.unsubscribeUrl = message.unsubscribeUrl();
        this.state = MailState.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** The SMTP server accepted the message: the body and the unsubscribe address go, since they hold the person's link (a bearer token). */
    public void sent(OffsetDateTime now) {
        body = null;
        unsubscribeUrl = null;
        state = MailState.SENT;
        attempts++;
        lastError = null;
        leaseUntil = null;
        sentAt = now;
    }

    /**
     * An attempt failed: the message waits until {@code retryAt}, or is given up (FAILED) when
     * {@code retryAt} is null.
     */
    public void attemptFailed(String error, OffsetDateTime retryAt) {
        attempts++;
        lastError = error == null ? "erreur inconnue" : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        leaseUntil = null;
        if (retryAt == null) {
            state = MailState.FAILED;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    /** A coordinator asks for new attempts of a failed message. */
    public void retry(OffsetDateTime now) {
        if (state != MailState.FAILED) {
            throw new IllegalStateException("Only a failed message is retried");
        }
        state = MailState.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public String id() {
        return id;
    }

    public String plugin() {
        return plugin;
    }

    public String reference() {
        return reference;
    }

    public List<String> tags() {
        return tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String unsubscribeUrl() {
        return unsubscribeUrl;
    }

    public MailState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public OffsetDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }
}
