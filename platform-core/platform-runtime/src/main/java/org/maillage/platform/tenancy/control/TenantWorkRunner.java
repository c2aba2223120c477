package org.maillage.platform.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.concurrent.Callable;
import org.maillage.platform.plugins.control.Enablement;
import org.maillage.platform.api.tenant.TenantWork;
import org.maillage.platform.tenancy.entity.Tenant;
import org.maillage.platform.tenancy.entity.TenantStatus;

/**
 * Runs work as a cooperation outside a request: activates a request context (a no-op when one is
 * active), checks the cooperation is active, binds it to {@link CurrentTenant} for the work and
 * unbinds it afterwards. Also says which cooperations enabled a plugin, reading each one's enablement
 * as that cooperation, each in a transaction of its own (outside the caller's, which acts for one cooperation
 * at most: the database's row-level security is set per transaction).
 */
@ApplicationScoped
public class TenantWorkRunner implements TenantWork {

    @Inject
    CurrentTenant current;

    @Inject
    Tenants tenants;

    @Inject
    Enablement enablement;

    @Override
    @ActivateRequestContext
    public <T> T call(String slug, Callable<T> work) throws Exception {
        if (current.isBound()) {
            if (!current.slug().equals(slug)) {
                throw new IllegalStateException("Ce traitement agit déjà pour la coopération « " + current.slug()
                        + " » : il ne peut pas agir pour « " + slug + " ».");
            }
            return work.call();
        }
        Tenant tenant = tenants.find(slug)
                .orElseThrow(() -> new IllegalStateException("Aucune coopération n’a l’identifiant « " + slug + " »."));
        if (tenant.status() != TenantStatus.ACTIVE) {
            throw new IllegalStateException("La coopération « " + slug + " » est "
                    + (tenant.status() == TenantStatus.SUSPENDED ? "suspendue" : "archivée") + " : le traitement est abandonné.");
        }
        current.bind(slug);
        try {
            return work.call();
        } finally {
            current.unbind();
        }
    }

    @Override
    @ActivateRequestContext
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<String> tenantsWith(String pluginId) {
        return tenants.list(TenantStatus.ACTIVE).stream().map(Tenant::slug).filter(slug -> enabled(slug, pluginId)).toList();
    }

    @Override
    @ActivateRequestContext
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean enabledIn(String slug, String pluginId) {
        return tenants.find(slug).filter(t -> t.status() == TenantStatus.ACTIVE).isPresent() && enabled(slug, pluginId);
    }

    /** Reads the enablement as the cooperation; the caller checked it is active. */
    private boolean enabled(String slug, String pluginId) {
        if (current.isBound()) {
            return current.slug().equals(slug) && enablement.active(pluginId);
        }
        current.bind(slug);
        try {
            return enablement.active(pluginId);
        } finally {
            current.unbind();
        }
    }
}
