package org.maillage.experience.fiches.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/** A member of the cooperation who asked for the weekly digest of the network's new fiches. */
@Entity
@Table(name = "experience_digest_subscriber")
@TenantOwned
public class DigestSubscriber {

    @Id
    private String id;

    @Column(name = "login", nullable = false, updatable = false)
    private String login;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected DigestSubscriber() {
    }

    public DigestSubscriber(String login, String email, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.login = login;
        this.email = email;
        this.createdAt = now;
    }

    public String email() {
        return email;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
