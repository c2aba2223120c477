package org.maillage.platform.tenancy.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.maillage.platform.api.tenant.TenantContext;
import org.maillage.platform.tenancy.entity.Tenant;

/**
 * The tenant of the current request. Bound once by the tenant filter after it has checked the tenant;
 * read by the persistence layer for every {@code EntityManager} and by plugin code through {@link TenantContext}.
 */
@RequestScoped
public class CurrentTenant implements TenantContext {

    private String slug;

    @Inject
    Tenants tenants;

    /**
     * Binds the request to a tenant. Binding again to another tenant within one request is refused:
     * a request acts for exactly one cooperation.
     */
    public void bind(String slug) {
        if (this.slug != null && !this.slug.equals(slug)) {
            throw new IllegalStateException("This request already acts for " + this.slug);
        }
        this.slug = slug;
    }

    /** Forgets the tenant; for code that runs several tenants' work in one request, such as tests and jobs. */
    public void unbind() {
        this.slug = null;
    }

    @Override
    public boolean isBound() {
        return slug != null;
    }

    @Override
    public String slug() {
        if (slug == null) {
            throw new IllegalStateException("No tenant is bound to this request");
        }
        return slug;
    }

    @Override
    public String displayName() {
        return registered().displayName();
    }

    @Override
    public Optional<String> contactAddress() {
        return registered().contactEmail();
    }

    private Tenant registered() {
        String bound = slug();
        return tenants.find(bound).orElseThrow(() -> new IllegalStateException("No cooperation " + bound));
    }
}
