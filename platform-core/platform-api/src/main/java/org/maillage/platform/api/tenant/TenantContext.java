package org.maillage.platform.api.tenant;

import java.util.Optional;

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

    /**
     * @return the current cooperation's name, as the registry holds it
     * @throws IllegalStateException when no tenant is bound
     */
    String displayName();

    /**
     * @return the address the network writes to the cooperation at (set by its coordinators or network admins), if
     *         any. The cooperation's, not a person's; still an address: never log it (see {@code Redacted})
     * @throws IllegalStateException when no tenant is bound
     */
    Optional<String> contactAddress();
}
