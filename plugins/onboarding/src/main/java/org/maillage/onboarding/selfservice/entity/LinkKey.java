package org.maillage.onboarding.selfservice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.maillage.platform.api.tenant.TenantOwned;

/**
 * One of the keys of a cooperation's self-service links, by its id: no key material, which is derived from the
 * platform's secret and this id. The newest key not revoked signs new links; a revoked key checks none.
 */
@Entity
@Table(name = "onboarding_link_key")
@TenantOwned
public class LinkKey {

    @Id
    private int id;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected LinkKey() {
    }

    public LinkKey(int id, OffsetDateTime createdAt) {
        this.id = id;
        this.createdAt = createdAt;
    }

    public void revoke(OffsetDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public int id() {
        return id;
    }
}
