/**
 * Typed settings with a global default and, where declared, a per-tenant override.
 *
 * <p>A plugin declares its settings in its descriptor only:
 * {@code PluginDescriptor.withSettings(Setting.perTenant("<plugin id>.<name>", SettingType.INTEGER, "20", "…").between(1, 100))};
 * keys start with the plugin id. (The platform's own settings are CDI producer fields of the runtime; that is not a
 * way for plugins.) A setting's global value comes from MicroProfile Config (system property, environment variable,
 * {@code microprofile-config.properties}) and falls back to the declared default. A setting declared
 * {@code tenantOverridable} ({@link org.maillage.platform.api.settings.Setting#perTenant}) may be overridden by a
 * cooperation: {@code PUT /api/tenants/{tenant}/settings/<key>} with the body {@code {"value": "20"}} (coordinators
 * and network admins), {@code GET} reads the effective value, {@code DELETE} goes back to the global one. Every value
 * written is checked against the declared type first (400 with the reason in French). Code reads the effective value
 * at each use with {@link org.maillage.platform.api.settings.TenantSettings}.
 */
package org.maillage.platform.api.settings;
