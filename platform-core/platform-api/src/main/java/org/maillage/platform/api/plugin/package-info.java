/**
 * How a plugin tells the platform what it is and what it brings.
 *
 * <p>A plugin is a JAR with one CDI bean implementing {@link org.maillage.platform.api.plugin.Plugin}.
 * Its {@link org.maillage.platform.api.plugin.PluginDescriptor} names it (a string id such as
 * {@code onboarding}), its version, the platform versions and other plugins it needs, the roles it
 * uses, its settings, its web pages and its indicators. Everything else is found by convention:
 * <ul>
 * <li>REST resources: JAX-RS classes of the JAR, under {@code /api/tenants/{tenant}/<id>/...};
 * they answer 404 to a cooperation that has not enabled the plugin;</li>
 * <li>entities: JPA classes of the JAR, tables prefixed {@code <id>_}; tenant-owned ones carry
 * {@link org.maillage.platform.api.tenant.TenantOwned};</li>
 * <li>migrations: Flyway SQL files in {@code db/migration/<id>/} of the JAR, with their own history;</li>
 * <li>events: CDI observer methods of {@link org.maillage.platform.api.event.TenantEvent}s;</li>
 * <li>personal data: a bean implementing {@link org.maillage.platform.api.personaldata.PersonalData};</li>
 * <li>extension points: interfaces marked {@link org.maillage.platform.api.plugin.ExtensionPoint};
 * contributions are beans implementing them, read through {@link org.maillage.platform.api.plugin.Extensions}.</li>
 * </ul>
 *
 * <p>Lifecycle: DISCOVERED → RESOLVED (dependencies and versions satisfied, no cycle) → STARTED
 * (migrations applied, {@link org.maillage.platform.api.plugin.Plugin#start()} returned); FAILED with
 * a reason otherwise, or DISABLED by configuration. Plugins start in dependency order and stop in
 * reverse. A failing plugin never stops the platform.
 */
package org.maillage.platform.api.plugin;
