package org.maillage.experience.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Something a cooperation must be told by e-mail about one of its shared fiches (a question, a comment, a mark),
 * written by the other cooperation's request and queued in the cooperation's own outbox by its own work, which
 * alone may read whom to write to. No address here.
 */
@Entity
@Table(name = "experience_notice")
public class ExchangeNotice {

    @Id
    private String id;

    @Column(name = "cooperation", nullable = false, updatable = false)
    private String cooperation;

    @Column(name = "fiche_id", nullable = false, updatable = false)
    private String ficheId;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    protected ExchangeNotice() {
    }

    public ExchangeNotice(String cooperation, String ficheId, String subject, String body, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.cooperation = cooperation;
        this.ficheId = ficheId;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
    }

    public String id() {
        return id;
    }

    public String ficheId() {
        return ficheId;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }
}
