package org.maillage.platform.persistence.control;

/**
 * Fired synchronously by {@link Migrations} once the schema is at its version, still inside the
 * start of the web application and before the first request. Observers fill what the schema needs
 * (reference data); an exception in an observer fails the deployment, as a failed migration does.
 *
 * @param version the schema version now applied
 */
public record SchemaMigrated(String version) {
}
