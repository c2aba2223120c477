/**
 * Start-up: the one place that puts the platform's parts in order when the web application starts
 * (migrations, plugins, persistence unit, cooperations) and stops the plugins at the end.
 *
 * <p>Decisions: start-up needs nearly every other package, so it lives in its own package that no
 * other depends on; kept inside persistence, it tied persistence, plugins and tenancy into a cycle.
 * The runtime has no package cycles ({@code RuntimeArchitectureTest}).
 */
package org.maillage.platform.start;
