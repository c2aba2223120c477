package org.maillage.experience.fiches.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/** A week whose digest the cooperation sent (unique per cooperation and week: it is sent once). */
@Entity
@Table(name = "experience_digest_week")
@TenantOwned
public class DigestWeek {

    @Id
    private String id;

    @Column(name = "week", nullable = false, updatable = false)
    private String week;

    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    protected DigestWeek() {
    }

    public DigestWeek(String week, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.week = week;
        this.sentAt = now;
    }
}
