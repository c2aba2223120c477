package org.maillage.platform.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.maillage.platform.persistence.control.SharedData;
import org.maillage.platform.persistence.control.TenantCache;
import org.maillage.platform.tenancy.entity.Tenant;
import org.maillage.platform.tenancy.entity.TenantStatus;

/**
 * The registry of cooperations. Tenants are not tenant-owned: this is the one place that sees them all.
 * Each call joins the caller's transaction or runs in its own (the tenant filter reads outside any).
 */
@ApplicationScoped
@Transactional
public class Tenants {

    @Inject
    @SharedData
    EntityManager em;

    @Inject
    TenantCache cache;

    public Optional<Tenant> find(String slug) {
        return Optional.ofNullable(em.find(Tenant.class, slug));
    }

    /**
     * @return the cooperation's status read from the database, never from the persistence unit's shared cache (another
     * instance may have changed it): what {@link TenantCache} keeps
     */
    public Optional<TenantStatus> status(String slug) {
        return em.createQuery("select t.status from Tenant t where t.slug = :slug", TenantStatus.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public List<Tenant> list(TenantStatus status) {
        if (status == null) {
            return em.createQuery("select t from Tenant t order by t.slug", Tenant.class).getResultList();
        }
        return em.createQuery("select t from Tenant t where t.status = :status order by t.slug", Tenant.class)
                .setParameter("status", status)
                .getResultList();
    }

    public void add(Tenant tenant) {
        em.persist(tenant);
        em.flush();
        cache.changed(TenantCache.tenantKey(tenant.slug()));
    }

    /**
     * Writes the pending changes now: a concurrent change of the same cooperation ({@code @Version}) is
     * refused here, inside the request (409), rather than at commit, where it broke the answer.
     */
    public void flush() {
        em.flush();
    }
}
