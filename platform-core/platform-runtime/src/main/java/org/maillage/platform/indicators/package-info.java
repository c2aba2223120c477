/**
 * Indicators: what the platform reads of the plugins' {@code IndicatorSource}s, month by month, per cooperation.
 *
 * <p>Requirements: the national network follows each cooperation's figures over time; a figure once
 * reported for an ended month does not change silently; the snapshots run without anyone asking, catch
 * up after a restart, and can be asked for; one failing plugin never stops the others' figures.
 *
 * <p>Decisions:
 * <ul>
 * <li>A value is stored per cooperation, month, indicator and revision ({@code platform_indicator_value}).
 * The current month is open: each snapshot rewrites it. The first snapshot after the month has ended closes
 * it. A closed value is never rewritten: a snapshot that computes a different value for a closed month adds
 * a revision, and reads show the latest revision with its number ({@code revisions}).</li>
 * <li>Only the keys a plugin declares in its descriptor are kept, only from plugins started and enabled in
 * the cooperation; each plugin computes in a transaction of its own, and a value that is not a finite
 * number is refused (reported in the snapshot's {@code failures}).</li>
 * <li>The background run ({@code MonthlySnapshots}) works cooperation by cooperation as that cooperation
 * ({@code TenantWork}); which months are closed is read from the database, so nothing is lost across restarts.
 * A transaction-scoped PostgreSQL advisory lock per cooperation serialises two snapshots of one cooperation
 * (two instances, or the background run and a coordinator's request).</li>
 * <li>The national read goes through the same tenant-bound path, one cooperation at a time: there is no
 * query across cooperations to guard.</li>
 * </ul>
 */
package org.maillage.platform.indicators;
