/**
 * What a plugin says about the HTTP use of its endpoints: {@link org.maillage.platform.api.http.RateLimited}.
 *
 * <p>Decisions: limits are declared next to the endpoint, with defaults a person never reaches by hand and
 * a script does; the platform enforces them before the endpoint runs, so a plugin writes no counting code.
 */
package org.maillage.platform.api.http;
