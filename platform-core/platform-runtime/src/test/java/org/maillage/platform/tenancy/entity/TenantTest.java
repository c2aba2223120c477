package org.maillage.platform.tenancy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenantTest {

    private final OffsetDateTime now = OffsetDateTime.parse("2026-11-29T10:00:00Z");

    private Tenant tenant() {
        return new Tenant("morbihan", "Morbihan", List.of("56"), now);
    }

    @Test
    void suspendsAndReactivates() {
        Tenant tenant = tenant();
        tenant.moveTo(TenantStatus.SUSPENDED, now.plusDays(1));
        assertEquals(TenantStatus.SUSPENDED, tenant.status());
        tenant.moveTo(TenantStatus.ACTIVE, now.plusDays(2));
        assertEquals(TenantStatus.ACTIVE, tenant.status());
        assertEquals(now.plusDays(2), tenant.updatedAt());
    }

    @Test
    void archivingIsFinal() {
        Tenant tenant = tenant();
        tenant.moveTo(TenantStatus.ARCHIVED, now);
        for (TenantStatus target : TenantStatus.values()) {
            assertThrows(IllegalStateException.class, () -> tenant.moveTo(target, now));
        }
    }

    @Test
    void refusesToStayInTheSameState() {
        assertThrows(IllegalStateException.class, () -> tenant().moveTo(TenantStatus.ACTIVE, now));
    }
}
