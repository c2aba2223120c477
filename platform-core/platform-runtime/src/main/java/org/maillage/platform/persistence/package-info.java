/**
 * Persistence: one database, one schema owned by Flyway, tenant isolation enforced twice: by EclipseLink,
 * and by PostgreSQL's row-level security (the second wall).
 *
 * <p>Requirements: one engine, PostgreSQL, everywhere (the launcher and the test kit start an embedded
 * one when none is configured); the database is chosen by configuration alone ({@code maillage.db.url}, {@code maillage.db.user}, {@code maillage.db.password});
 * tenant A can never find, query, count, update or delete tenant B's rows, even through a query that forgets
 * the tenant (a plugin's native SQL); the schema is created and changed only by migrations.
 *
 * <p>Decisions:
 * <ul>
 * <li>The data source is declared by {@code @DataSourceDefinition} with MicroProfile Config
 * placeholders, so one built WAR runs on any database; {@link org.maillage.platform.persistence.control.ConfiguredDataSource}
 * reads them on first use. Payara pools the connections.</li>
 * <li>Entities marked {@code @TenantOwned} become EclipseLink single-table multitenant entities
 * ({@link org.maillage.platform.persistence.control.UnitCustomizer}), with an isolated cache:
 * the shared cache is never shared between tenants ({@code tenants-share-cache} stays off, it leaked).</li>
 * <li>No entity is kept in EclipseLink's shared cache ({@code eclipselink.cache.shared.default=false}): that cache
 * lives in one JVM, and with several instances behind a proxy a cooperation suspended through one would stay active
 * in the others' caches. Every transaction reads the database; a cache of hot rows must be invalidated across
 * instances (PostgreSQL {@code LISTEN/NOTIFY}), never a per-JVM cache with no bound.</li>
 * <li>Plugin code gets tenant data through an injected {@code EntityManager}
 * ({@link org.maillage.platform.persistence.control.EntityManagers}): for each JTA transaction
 * it opens one EntityManager created with the request's tenant, so the tenant is set before the
 * first statement and cannot be forgotten. Using it outside a transaction is refused.</li>
 * <li>A plugin's network data (of no cooperation: the commission réseau's meetings) goes through
 * {@code @NetworkData EntityManager} (platform-api): the same unit without a tenant as the platform's
 * {@code @SharedData}, for plain entities whose tables have no {@code tenant_id}; the plugin decides who reads them.</li>
 * <li>Flyway runs at start-up, before any request, as the schema's owner; if it fails the deployment fails
 * and readiness never turns UP.</li>
 * <li>The second wall ({@link org.maillage.platform.persistence.control.Wall}), applied by the platform after
 * the platform's and each plugin's migrations, so that no plugin writes it: every table with a
 * {@code tenant_id} column gets row-level security, forced, with one policy admitting the rows whose
 * {@code tenant_id} is the setting {@code maillage.tenant}, for reads and writes. A transaction's tenant is
 * that of its first tenant EntityManager (one transaction acts for one tenant); the pooled data source
 * ({@code WalledDataSource}) sets it on every connection it hands out
 * within the transaction, and clears it on connections handed out to work without a tenant, which then sees no
 * tenant row. Set per connection hand-out, for the session, not local to the database transaction: Payara gave
 * EclipseLink's commit-time writes a connection outside the JTA transaction, and a {@code REQUIRES_NEW}
 * transaction the suspended one's connection, and a transaction-local setting was lost in both. Tables without
 * {@code tenant_id} are not tenant-owned; every cross-cooperation read of the platform touches only
 * those, so the wall has no "network" opening.</li>
 * <li>Bulk writes ({@code BulkWriter} of platform-api, {@link org.maillage.platform.persistence.control.PostgresBulkWriter})
 * fix the transaction's cooperation exactly as the first tenant EntityManager does, then use the same walled data
 * source: the {@code COPY} and the merge run on the transaction's connection, behind the policy, and the platform
 * writes {@code tenant_id}. Identifiers are checked as plain lower-case names; values go through {@code COPY}'s
 * text format, never into SQL text.</li>
 * <li>Two logins: the owner ({@code maillage.db.user}) for migrations and the wall, on unpooled connections
 * of its own; the request login ({@code maillage.db.request-user}, default {@code <owner>_request}) for the
 * pool every request and job uses. It owns nothing, is no superuser, has no {@code BYPASSRLS} and is no member
 * of the owner: it cannot alter a table, lift the policy or {@code SET ROLE} to the owner. Checked at every
 * start (created when missing if the owner may create roles). A {@code NOLOGIN} role entered by
 * {@code SET ROLE} was rejected: an injected {@code RESET ROLE} would undo it. The wall trusts the setting:
 * it stops forgotten conditions, not an injected statement that sets {@code maillage.tenant} itself.</li>
 * </ul>
 */
package org.maillage.platform.persistence;
