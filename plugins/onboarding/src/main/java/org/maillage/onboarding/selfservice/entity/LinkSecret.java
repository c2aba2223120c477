package org.maillage.onboarding.selfservice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.maillage.platform.api.tenant.TenantOwned;

/** The random key of a cooperation's self-service links, made once when no secret is configured. */
@Entity
@Table(name = "onboarding_link_secret")
@TenantOwned
public class LinkSecret {

    public static final String ID = "links";

    @Id
    private String id;

    /** 32 random bytes in base64. */
    private String secret;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected LinkSecret() {
    }

    public LinkSecret(String secret, OffsetDateTime createdAt) {
        this.id = ID;
        this.secret = secret;
        this.createdAt = createdAt;
    }

    public String secret() {
        return secret;
    }
}
