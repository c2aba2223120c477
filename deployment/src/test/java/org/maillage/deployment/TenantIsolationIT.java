package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TransactionRequiredException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.platform.persistence.control.Database;
import org.maillage.platform.settings.entity.TenantSetting;
import org.maillage.platform.tenancy.control.CurrentTenant;
import org.maillage.platform.tenancy.control.TenantRegistry;
import org.maillage.testkit.InTenant;

/**
 * Tenant isolation of the persistence layer, inside the deployed platform: code acting for tenant A
 * cannot find, query, count, update or delete tenant B's rows, even once B's rows sit in a cache.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    @Inject
    CurrentTenant tenant;

    @Inject
    EntityManager em;

    @Inject
    InTenant inTenant;

    @Inject
    TenantRegistry registry;

    @Inject
    Database database;

    private String a;
    private String b;
    private String ofA;
    private String ofB;

    @BeforeEach
    void twoTenantsWithOneRowEach() throws Exception {
        a = "iso-a-" + UUID.randomUUID().toString().substring(0, 8);
        b = "iso-b-" + UUID.randomUUID().toString().substring(0, 8);
        inTenant.inTransaction(() -> registry.create(a, "A", List.of("56")));
        inTenant.inTransaction(() -> registry.create(b, "B", List.of("35")));
        ofA = as(a, () -> stored("shared.key", "value of A"));
        ofB = as(b, () -> stored("shared.key", "value of B"));
    }

    @Test
    void findsOnlyItsOwnRowsEvenAfterTheOtherWarmedTheCache() throws Exception {
        assertNotNull(as(b, () -> em.find(TenantSetting.class, ofB)), "B sees its row (and warms any cache)");
        assertNotNull(as(b, () -> em.createQuery("select s from TenantSetting s where s.id = :id", TenantSetting.class)
                .setParameter("id", ofB).getSingleResult()));

        assertNull(as(a, () -> em.find(TenantSetting.class, ofB)));
        assertEquals(List.of(ofA), as(a, () -> em.createQuery("select s.id from TenantSetting s", String.class).getResultList()));
        assertEquals(0L, as(a, () -> em.createQuery("select count(s) from TenantSetting s where s.id = :id", Long.class)
                .setParameter("id", ofB).getSingleResult()));
        assertEquals(List.of("value of A"), as(a, () -> em.createQuery("select s.value from TenantSetting s where s.key = 'shared.key'", String.class)
                .getResultList()));
    }

    @Test
    void cannotUpdateOrDeleteTheOtherTenantsRows() throws Exception {
        assertEquals(1, as(a, () -> em.createQuery("update TenantSetting s set s.value = 'changed by A'").executeUpdate()));
        assertEquals(0, as(a, () -> em.createQuery("delete from TenantSetting s where s.id = :id").setParameter("id", ofB).executeUpdate()));
        assertEquals(0, as(a, () -> em.createQuery("update TenantSetting s set s.value = 'x' where s.id = :id")
                .setParameter("id", ofB).executeUpdate()));

        assertEquals("value of B", as(b, () -> em.find(TenantSetting.class, ofB).value()));
        assertEquals("changed by A", as(a, () -> em.find(TenantSetting.class, ofA).value()));
    }

    @Test
    void writesTheTenantIntoEveryRow() throws Exception {
        try (Connection connection = database.ownerDataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("select tenant_id from platform_tenant_setting where id = ?")) {
            select.setString(1, ofB);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                assertEquals(b, row.getString(1));
            }
        }
    }

    @Test
    void refusesTenantDataWithoutATenantOrOutsideATransaction() throws Exception {
        tenant.unbind();
        inTenant.inTransaction(() -> assertThrows(IllegalStateException.class, () -> em.find(TenantSetting.class, ofA)));
        tenant.bind(a);
        try {
            assertThrows(TransactionRequiredException.class, () -> em.find(TenantSetting.class, ofA));
        } finally {
            tenant.unbind();
        }
    }

    private String stored(String key, String value) {
        TenantSetting setting = new TenantSetting(key, value, OffsetDateTime.now());
        em.persist(setting);
        return setting.id();
    }

    private <T> T as(String slug, Callable<T> work) throws Exception {
        return inTenant.as(slug, work);
    }
}
