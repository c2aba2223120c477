package org.maillage.platform.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One recorded action. */
@Entity
@Table(name = "platform_audit")
public class AuditEntry {

    @Id
    private String id;

    @Column(name = "tenant_slug")
    private String tenant;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String target;

    @Column(nullable = false)
    private int status;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    /** The keyed hash of the person the action concerned ({@code PersonHash}), never the person's address. */
    @Column(name = "person_hash")
    private String personHash;

    protected AuditEntry() {
    }

    public AuditEntry(String tenant, String subject, String action, String target, int status, OffsetDateTime occurredAt,
                      String personHash) {
        this.id = UUID.randomUUID().toString();
        this.tenant = tenant;
        this.subject = subject;
        this.action = action;
        this.target = target;
        this.status = status;
        this.occurredAt = occurredAt;
        this.personHash = personHash;
    }

    public String tenant() {
        return tenant;
    }

    public String subject() {
        return subject;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public int status() {
        return status;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String personHash() {
        return personHash;
    }
}
