package org.maillage.platform.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.maillage.platform.plugins.control.Enablement;
import org.maillage.platform.api.tenant.TenantWork;
import org.maillage.platform.tenancy.entity.Tenant;
import org.maillage.platform.tenancy.entity.TenantStatus;

/**
 * Runs work as a cooperation outside a request: activates a request context (a no-op when one is
 * active), checks the cooperation is active, binds it to {@link CurrentTenant} for the work and
 * unbinds it afterwards.
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
                .orElseThrow(() -> new IllegalStateException("Aucune coopération n'a l'identifiant « " + slug + " »."));
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
    public List<String> activeTenants(String pluginId) {
        if (current.isBound()) {
            throw new IllegalStateException("Ce traitement agit déjà pour la coopération « " + current.slug() + " ».");
        }
        List<String> slugs = new ArrayList<>();
        for (Tenant tenant : tenants.list(TenantStatus.ACTIVE)) {
            current.bind(tenant.slug());
            try {
                if (enablement.active(pluginId)) {
                    slugs.add(tenant.slug());
                }
            } finally {
                current.unbind();
            }
        }
        return slugs;
    }
}
