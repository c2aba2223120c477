package org.maillage.platform.api.tenant;

/**
 * The cooperation the current request acts for. Injected with {@code @Inject TenantContext}.
 */
public interface TenantContext {

    /** @return whether a tenant is bound to the current request */
    boolean isBound();

    /**
     * @return the slug of the current tenant, for example {@code morbihan}
     * @throws IllegalStateException when no tenant is bound (outside {@code /api/tenants/{tenant}/...})
     */
    String slug();
}
