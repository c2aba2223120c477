/**
 * What the web UI (module {@code platform-web}, static files served at the root of the platform)
 * needs from the server before anyone has signed in.
 *
 * <p>Decisions: the page asks {@code GET /api/ui-config} for the Keycloak address, realm and public
 * client instead of having them written into its files at build time, so the same JAR runs against any
 * Keycloak. The endpoint is {@code @PermitAll} and tells nothing secret; it is declared public in the
 * OpenAPI document ({@code security: []}), which the access matrix test reads. The Keycloak browsers reach
 * ({@link org.maillage.platform.web.control.BrowserKeycloak}) is also the one the Content-Security-Policy lets
 * the pages call.
 */
package org.maillage.platform.web;
