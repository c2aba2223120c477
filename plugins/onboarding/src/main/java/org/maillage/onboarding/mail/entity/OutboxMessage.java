package org.maillage.onboarding.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/**
 * One e-mail to one address, rendered when queued, sent by the background sender. Claimed for an
 * attempt by a lease ({@code leaseUntil}), see {@link org.maillage.onboarding.mail.control.Outbox#claim}.
 */
@Entity
@Table(name = "onboarding_outbox")
@TenantOwned
public class OutboxMessage {

    public static final int ERROR_MAX = 1000;

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    private OutboxKind kind;

    @Column(name = "campaign_id")
    private String campaignId;

    private String recipient;

    private String subject;

    private String body;

    @Column(name = "unsubscribe_url")
    private String unsubscribeUrl;

    @Enumerated(EnumType.STRING)
    private OutboxState state;

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

    public OutboxMessage(OutboxKind kind, String campaignId, String recipient, String subject, String body,
                         String unsubscribeUrl, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.campaignId = campaignId;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.unsubscribeUrl = unsubscribeUrl;
        this.state = OutboxState.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** The SMTP server accepted the message. */
    /** Sent: the body and the unsubscribe address go, since they hold the person's link (a bearer token). */
    public void sent(OffsetDateTime now) {
        body = null;
        unsubscribeUrl = null;
        state = OutboxState.SENT;
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
            state = OutboxState.FAILED;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    /** A coordinator asks for new attempts of a failed message. */
    public void retry(OffsetDateTime now) {
        if (state != OutboxState.FAILED) {
            throw new IllegalStateException("Only a failed message is retried");
        }
        state = OutboxState.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public String id() {
        return id;
    }

    public OutboxKind kind() {
        return kind;
    }

    public String campaignId() {
        return campaignId;
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

    public OutboxState state() {
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
