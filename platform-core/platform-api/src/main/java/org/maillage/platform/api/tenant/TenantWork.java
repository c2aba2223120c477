package org.maillage.platform.api.tenant;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * Runs work as a cooperation outside an HTTP request: background jobs, scheduled tasks. Injected with
 * {@code @Inject TenantWork}.
 *
 * <p>The work runs in a request context of its own with the tenant bound, exactly as a request of the
 * cooperation would: {@link TenantContext} answers the slug, {@code EntityManager}s are the
 * cooperation's, tenant events reach the plugins the cooperation enabled. It does not open a
 * transaction: the work marks its own {@code @Transactional} boundaries (for example one per chunk of
 * a long import). There is no caller: the work records who asked for it itself.
 *
 * <p>Typical use from a request: remember {@code tenant.slug()}, then submit
 * {@code () -> tenantWork.call(slug, job)} to a {@code ManagedExecutorService}.
 */
public interface TenantWork {

    /**
     * Runs the work for the cooperation {@code slug} and returns what it returns.
     *
     * <p>Called on a thread that already acts for this same cooperation, it simply runs the work.
     *
     * @throws IllegalStateException when the cooperation is unknown or not active (suspended,
     *         archived), with a French message; or when the thread already acts for another one
     * @throws Exception             whatever the work throws
     */
    <T> T call(String slug, Callable<T> work) throws Exception;

    /**
     * For scheduled work that runs in every cooperation: the cooperations to run it for.
     *
     * @return the slugs of the active cooperations that enabled the plugin {@code pluginId}, sorted
     * @throws IllegalStateException when the thread already acts for a cooperation
     */
    List<String> activeTenants(String pluginId);
}
