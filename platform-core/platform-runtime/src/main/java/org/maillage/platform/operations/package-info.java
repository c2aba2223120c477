/**
 * Operations: health for orchestrators and the launcher.
 *
 * <p>Requirements: readiness is UP only when the database answers, the migrations ran in this
 * process and the territory reference data is loaded; a failed deployment never reports ready.
 *
 * <p>Decisions: Payara answers {@code /health/ready} with UP and no checks when no application is
 * deployed, so a client must look for the check named {@value org.maillage.platform.operations.boundary.DatabaseReadiness#NAME}
 * being UP, not only the overall status. The launcher does exactly that.
 */
package org.maillage.platform.operations;
