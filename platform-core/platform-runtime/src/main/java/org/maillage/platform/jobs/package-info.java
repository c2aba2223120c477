/**
 * Scheduled work: the platform's {@link org.maillage.platform.api.tenant.TenantJobs}, which runs plugins' jobs and
 * its own (the mail sender, the indicator snapshots) once per period across however many instances serve the platform.
 *
 * <p>Decisions:
 * <ul>
 * <li><b>Leases in PostgreSQL, not Payara's clustered singletons.</b> The platform already depends on one PostgreSQL
 *     that every instance reaches; Hazelcast clustering is off ({@code --nocluster}) and would be a second thing to
 *     run and secure. A claim is one conditional update, the same rule as the outbox's messages.</li>
 * <li><b>Per job and cooperation, not per job.</b> One slow cooperation does not hold the others: another instance
 *     may take the next cooperation's run while the first is busy, and a failure is recorded per cooperation.</li>
 * <li><b>The period is kept in the database</b> (next run due {@code every} after the end of the last one), so a
 *     restart or a second instance does not run a daily job again.</li>
 * <li><b>Take-over after {@link org.maillage.platform.api.tenant.TenantJobs#LEASE}:</b> a run whose instance died is
 *     run again by another once its lease has passed. A run that outlasts its lease may overlap the next claim;
 *     every job keys what is visible (the outbox claims each message, a digest is keyed by its day, a month's
 *     snapshot is taken under an advisory lock), so a repeated run does not show twice.</li>
 * </ul>
 */
package org.maillage.platform.jobs;
