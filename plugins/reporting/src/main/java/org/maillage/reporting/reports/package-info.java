/**
 * A cooperation's reports to the network.
 *
 * <p>Rules:
 * <ul>
 * <li>One report per cooperation and period; a period is a year ({@code 2026}) or a half-year
 * ({@code 2026-S1}, {@code 2026-S2}); a report can be started once its period has begun and submitted once
 * it has ended, with its highlights written.</li>
 * <li>DRAFT → SUBMITTED → ACKNOWLEDGED, or RETURNED with the network's comment and then SUBMITTED again;
 * only DRAFT and RETURNED are edited; any other move is a 409. Every change carries the version the
 * person read: a stale one is a 409, so two people never overwrite each other unknowingly.</li>
 * <li>The figures are the platform's monthly indicators of the period ({@code IndicatorHistory}), read
 * live while the report is edited; submission freezes them in the report, so the network reads the
 * figures that were sent, whatever correction comes later; a returned report reads them live again.</li>
 * <li>Coordinators write and submit; network admins read every cooperation's reports, acknowledge them or
 * give them back ({@code @NetworkLevel}). The national list reads each cooperation as itself, one
 * transaction each ({@code TenantWork}): there is no query across cooperations.</li>
 * <li>A report counts as late when the last ended half-year has no submitted or acknowledged report
 * covering it (the half-year's own, or its year's) {@value org.maillage.reporting.reports.control.NetworkReports#GRACE_DAYS}
 * days after its end.</li>
 * <li>Personal data: only the optional contact address, exported and forgotten on erasure
 * ({@code ReportContacts}); the texts are about the cooperation's work, and the page says to name no one.</li>
 * </ul>
 */
package org.maillage.reporting.reports;
