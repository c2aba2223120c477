package org.maillage.onboarding.inactivity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.maillage.platform.api.tenant.TenantOwned;

/** A volunteer without activity for too long, flagged on a day: anonymised after the grace period unless active again. */
@Entity
@Table(name = "onboarding_inactivity_flag")
@TenantOwned
public class InactivityFlag {

    @Id
    @Column(name = "volunteer_id")
    private String volunteerId;

    @Column(name = "flagged_at")
    private OffsetDateTime flaggedAt;

    protected InactivityFlag() {
    }

    public InactivityFlag(String volunteerId, OffsetDateTime flaggedAt) {
        this.volunteerId = volunteerId;
        this.flaggedAt = flaggedAt;
    }

    public String volunteerId() {
        return volunteerId;
    }

    public OffsetDateTime flaggedAt() {
        return flaggedAt;
    }
}
