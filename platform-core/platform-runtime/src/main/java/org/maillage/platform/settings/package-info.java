/**
 * Settings: global values from MicroProfile Config, per-tenant overrides from the database.
 *
 * <p>Requirements: every setting has a declared type and default; a cooperation may override the
 * settings declared tenant-overridable, and only with a valid value; removing an override falls back
 * to the global value.
 *
 * <p>Decisions: declarations are CDI producer fields of type {@link org.maillage.platform.api.settings.Setting},
 * collected by {@link org.maillage.platform.settings.control.SettingsCatalog}, so a plugin declares
 * a setting where it uses it. Overrides are tenant-owned rows; the global value is read from
 * MicroProfile Config on each use so that a changed environment needs no code. Overrides carry a
 * {@code @Version} and are flushed inside the request: two coordinators changing (or first overriding)
 * the same setting at once get one change and one 409, never a lost update or a 500.
 */
package org.maillage.platform.settings;
