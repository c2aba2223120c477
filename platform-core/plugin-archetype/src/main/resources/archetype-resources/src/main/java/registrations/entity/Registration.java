package ${package}.registrations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/**
 * A volunteer registered for an activity. {@code @TenantOwned}: the platform stores and filters the cooperation
 * ({@code tenant_id}, not mapped here). The entity name is global on the platform: prefixed with the plugin's name.
 */
@Entity(name = "${prefix}Registration")
@Table(name = "${pluginId}_registration")
@TenantOwned
public class Registration {

    @Id
    private String id;

    /** Personal data: exported and erased with the person ({@code RegistrationData}). Normalised. */
    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String activity;

    /** EclipseLink 4.0 maps {@code OffsetDateTime}, not {@code Instant}. */
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Registration() {
    }

    public Registration(String email, String activity) {
        this.id = UUID.randomUUID().toString();
        this.email = email;
        this.activity = activity;
        this.createdAt = OffsetDateTime.now();
    }

    public String getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getActivity() {
        return activity;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
