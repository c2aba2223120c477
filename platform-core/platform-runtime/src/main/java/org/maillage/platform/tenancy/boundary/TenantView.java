package org.maillage.platform.tenancy.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.maillage.platform.tenancy.entity.Tenant;
import org.maillage.platform.tenancy.entity.TenantStatus;

/** A cooperation as the API shows it; {@code contactEmail} null when it has none. */
public record TenantView(String slug, String displayName, List<String> departements, String contactEmail, TenantStatus status,
                         OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static TenantView of(Tenant tenant) {
        return new TenantView(tenant.slug(), tenant.displayName(), tenant.departements(), tenant.contactEmail().orElse(null),
                tenant.status(), tenant.createdAt(), tenant.updatedAt());
    }
}
