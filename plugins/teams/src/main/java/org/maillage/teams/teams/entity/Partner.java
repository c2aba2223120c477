package org.maillage.teams.teams.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/** A structure teams work with (CCAS, EHPAD, town hall, association…), linked to teams by {@link PartnerLink}. */
@Entity
@Table(name = "teams_partner")
@TenantOwned
public class Partner {

    @Id
    private String id;

    /** Concurrent edits of the row: the second to commit gets a 409. */
    @Version
    private long version;

    private String name;

    @Enumerated(EnumType.STRING)
    private PartnerKind kind;

    @Column(name = "commune_code")
    private String communeCode;

    /** How to reach the structure (a service's address or phone), not a private person's. */
    private String contact;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected Partner() {
    }

    public Partner(String name, PartnerKind kind, String communeCode, String contact, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.name = name;
        this.kind = kind;
        this.communeCode = communeCode;
        this.contact = contact;
        this.createdAt = now;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public PartnerKind kind() {
        return kind;
    }

    public String communeCode() {
        return communeCode;
    }

    public String contact() {
        return contact;
    }
}
