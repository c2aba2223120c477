/**
 * The tenant a piece of code acts for.
 *
 * <p>Every departmental cooperation is a tenant, named by its slug (for example {@code morbihan}).
 * Every tenant-scoped HTTP request is under {@code /api/tenants/{tenant}/...}; the runtime resolves
 * the tenant before any plugin code runs and exposes it as {@link org.maillage.platform.api.tenant.TenantContext}.
 *
 * <p>Entities marked {@link org.maillage.platform.api.tenant.TenantOwned} are stored with a tenant
 * discriminator; the runtime sets the tenant on every {@code EntityManager} it hands out, so plugin
 * code never filters by tenant itself and cannot forget to.
 *
 * <p>Work outside a request (a background job, a scheduled task) runs as a cooperation through
 * {@link org.maillage.platform.api.tenant.TenantWork}, which binds the tenant the same way.
 */
package org.maillage.platform.api.tenant;
