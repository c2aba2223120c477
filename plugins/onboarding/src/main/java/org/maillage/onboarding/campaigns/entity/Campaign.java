package org.maillage.onboarding.campaigns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/**
 * A message to a selection of volunteers: a subject and a body with placeholders, the selection spelt
 * like the volunteers list's query ({@code q}, {@code state}, {@code commune}). Created as a draft,
 * sent once: sending claims the row with a conditional update ({@code … where sent_at is null}), then
 * queues one message per volunteer reached, each with its own link.
 */
@Entity
@Table(name = "onboarding_campaign")
@TenantOwned
public class Campaign {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 10000;

    @Id
    private String id;

    /** Concurrent edits of the row: the second to commit gets a 409. */
    @Version
    private long version;

    private String subject;

    private String body;

    @Column(name = "filter_q")
    private String filterQ;

    @Column(name = "filter_state")
    private String filterState;

    @Column(name = "filter_commune")
    private String filterCommune;

    /** How many volunteers the selection reached: counted at creation, fixed when sent. */
    private long recipients;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "sent_by")
    private String sentBy;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    protected Campaign() {
    }

    public Campaign(String subject, String body, String filterQ, String filterState, String filterCommune,
                    long recipients, String by, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.subject = subject;
        this.body = body;
        this.filterQ = filterQ;
        this.filterState = filterState;
        this.filterCommune = filterCommune;
        this.recipients = recipients;
        this.createdBy = by;
        this.createdAt = now;
    }

    public void sent(long recipients, String by, OffsetDateTime now) {
        this.recipients = recipients;
        this.sentBy = by;
        this.sentAt = now;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public String id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String filterQ() {
        return filterQ;
    }

    public String filterState() {
        return filterState;
    }

    public String filterCommune() {
        return filterCommune;
    }

    public long recipients() {
        return recipients;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String sentBy() {
        return sentBy;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }
}
