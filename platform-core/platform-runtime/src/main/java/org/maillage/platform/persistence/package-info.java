/**
 * Persistence: one database, one schema owned by Flyway, tenant isolation enforced by EclipseLink.
 *
 * <p>Requirements: one engine, PostgreSQL, everywhere (the launcher and the test kit start an embedded
 * one when none is configured); the database is chosen by configuration alone ({@code maillage.db.url}, {@code maillage.db.user}, {@code maillage.db.password});
 * tenant A can never find, query, count, update or delete tenant B's rows; the schema is created and
 * changed only by migrations.
 *
 * <p>Decisions:
 * <ul>
 * <li>The data source is declared by {@code @DataSourceDefinition} with MicroProfile Config
 * placeholders, so one built WAR runs on any database; {@link org.maillage.platform.persistence.control.ConfiguredDataSource}
 * reads them on first use. Payara pools the connections.</li>
 * <li>Entities marked {@code @TenantOwned} become EclipseLink single-table multitenant entities
 * ({@link org.maillage.platform.persistence.control.TenantOwnedCustomizer}), with an isolated cache:
 * the shared cache is never shared between tenants ({@code tenants-share-cache} stays off, it leaked).</li>
 * <li>Plugin code gets tenant data through an injected {@code EntityManager}
 * ({@link org.maillage.platform.persistence.control.EntityManagers}): for each JTA transaction
 * it opens one EntityManager created with the request's tenant, so the tenant is set before the
 * first statement and cannot be forgotten. Using it outside a transaction is refused.</li>
 * <li>Flyway runs at start-up, before any request; if it fails the deployment fails and readiness
 * never turns UP.</li>
 * </ul>
 */
package org.maillage.platform.persistence;
