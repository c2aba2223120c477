/**
 * Storage limitation (RGPD): the data of volunteers who show no activity is not kept for ever.
 *
 * <p>Requirements: a volunteer without activity for the cooperation's {@code onboarding.inactive-after-days}
 * (1095 days, three years, by default) is flagged; still without activity
 * {@code onboarding.erase-after-flag-days} (30 by default) later, they are anonymised.
 *
 * <p>Decisions: activity is any change to the volunteer or to one of their participations; activity
 * after the flag removes it. Anonymisation is the erasure on request, the same code. A daily sweep
 * (a plugin job, {@link org.maillage.platform.api.tenant.TenantJobs}, first run an hour after the cooperation is first seen)
 * runs in every active cooperation that enabled onboarding, with the cooperation bound and in a
 * transaction of its own per cooperation; the cooperations come from {@code TenantWork.tenantsWith}.
 */
package org.maillage.onboarding.inactivity;
