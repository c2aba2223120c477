/**
 * Typed settings with a global default and, where declared, a per-tenant override.
 *
 * <p>A setting is declared once as a {@link org.maillage.platform.api.settings.Setting}, exposed to the
 * runtime with a CDI producer field ({@code @Produces static final Setting X = ...}). Its global value
 * comes from MicroProfile Config (system property, environment variable, {@code microprofile-config.properties})
 * and falls back to the declared default. A setting declared {@code tenantOverridable} may be overridden
 * by a cooperation through {@code /api/tenants/{tenant}/settings}; every value written is checked
 * against the declared type first.
 */
package org.maillage.platform.api.settings;
