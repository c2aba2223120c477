/**
 * The HTTP face of the platform: every API resource is under {@code /api}.
 *
 * <p>Decisions: JAX-RS discovers resources and providers in the platform and in every plugin JAR,
 * so adding a plugin never touches this package. Request bodies are limited in size before they are
 * read (413 with the common error shape), so nobody can exhaust memory with one request.
 *
 * <p>Every answer carries the security headers ({@link org.maillage.platform.http.boundary.SecurityHeaders}):
 * a Content-Security-Policy without {@code 'unsafe-inline'} (a page's inline scripts are allowed by the hash
 * of their text, computed from the page itself, so editing a page needs no list to update), Keycloak's
 * origin in {@code connect-src} and {@code form-action}, no framing; {@code nosniff}; no referrer. Payara's
 * {@code Server} header is turned off by a preboot setting (the launcher's and the test kit's).
 * {@code /metrics} is behind the role {@code network-admin} on the same port
 * ({@link org.maillage.platform.http.boundary.MetricsGate}): a separate port would keep tokens out of
 * scraping, but Payara Micro's preboot could neither create the listener nor move the endpoint.
 *
 * <p>Rate limits ({@link org.maillage.platform.api.http.RateLimited}) are fixed windows counted in memory by
 * each instance ({@link org.maillage.platform.http.control.RateCounters}), a decision of the scale-out work: behind
 * N instances a limit lets through up to N times its figure per window (round robin spreads a client over all), which
 * bounds abuse as well for the small N this platform runs (2 or 3); a shared counter would put a database write on
 * every limited request. The client address is the connection's, or, from a proxy listed in
 * {@code maillage.http.trusted-proxies}, the last address of {@code X-Forwarded-For}
 * ({@link org.maillage.platform.http.control.ClientAddress}): without it every volunteer behind HAProxy would share
 * the proxy's per-client budget.
 */
package org.maillage.platform.http;
