package org.maillage.platform.tenancy.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One departmental cooperation: the unit of isolation of the platform.
 * Its slug never changes; its status only moves as {@link TenantStatus} allows.
 */
@Entity
@Table(name = "platform_tenant")
public class Tenant {

    @Id
    private String slug;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "platform_tenant_departement", joinColumns = @JoinColumn(name = "tenant_slug"))
    @Column(name = "departement")
    @OrderBy
    private List<String> departements = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantStatus status;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(String slug, String displayName, List<String> departements, OffsetDateTime now) {
        this.slug = slug;
        this.displayName = displayName;
        this.departements = new ArrayList<>(departements);
        this.status = TenantStatus.ACTIVE;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void rename(String displayName, List<String> departements, OffsetDateTime now) {
        this.displayName = displayName;
        this.departements.clear();
        this.departements.addAll(departements);
        this.updatedAt = now;
    }

    /** Sets where the network writes to the cooperation; null removes it. The caller checked the address. */
    public void contact(String email, OffsetDateTime now) {
        this.contactEmail = email;
        this.updatedAt = now;
    }

    /**
     * Moves the cooperation to {@code target}.
     *
     * @throws IllegalStateException when the move is not allowed from the current status
     */
    public void moveTo(TenantStatus target, OffsetDateTime now) {
        Set<TenantStatus> allowed = switch (status) {
            case ACTIVE -> Set.of(TenantStatus.SUSPENDED, TenantStatus.ARCHIVED);
            case SUSPENDED -> Set.of(TenantStatus.ACTIVE, TenantStatus.ARCHIVED);
            case ARCHIVED -> Set.of();
        };
        if (!allowed.contains(target)) {
            throw new IllegalStateException(status + " -> " + target);
        }
        this.status = target;
        this.updatedAt = now;
    }

    public String slug() {
        return slug;
    }

    public String displayName() {
        return displayName;
    }

    public List<String> departements() {
        return List.copyOf(departements);
    }

    /** @return the cooperation's contact address, if it has one: an address, never to be logged */
    public Optional<String> contactEmail() {
        return Optional.ofNullable(contactEmail);
    }

    public TenantStatus status() {
        return status;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
