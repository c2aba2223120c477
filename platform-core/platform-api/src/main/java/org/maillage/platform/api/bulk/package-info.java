/**
 * Set-based writes of many tenant-owned rows at once, owned by the platform.
 *
 * <p>Requirements (issue 14): an import of hundreds of thousands of rows must cost little more than the database's
 * own bulk path, without a plugin ever setting the tenant column, and behind the same two walls as every other write
 * (EclipseLink's tenant and PostgreSQL's row-level security).
 *
 * <p>Decisions:
 * <ul>
 * <li>A plugin describes a write ({@link org.maillage.platform.api.bulk.BulkWrite}: table, columns, key, what
 * a conflict updates) and hands rows of plain values to {@link org.maillage.platform.api.bulk.BulkWriter}; the
 * platform writes {@code tenant_id} itself, from the cooperation the transaction acts for. A plugin names no
 * tenant anywhere, so it cannot name the wrong one.</li>
 * <li>On PostgreSQL the rows go with {@code COPY} into a temporary staging table (dropped at commit), then one
 * {@code INSERT … SELECT … ON CONFLICT} moves them into the table: one round trip for the data and one statement
 * for the merge, whatever the number of rows.</li>
 * <li>The write joins the caller's transaction on the same pooled connection, with the cooperation set for the
 * row-level security as for the EntityManager: a rollback undoes it, a dry run is a rolled-back write, and the
 * policy refuses a row of another cooperation even if the platform's own code were wrong.</li>
 * <li>Optimistic concurrency stays with the caller: a conflict updates only the existing rows whose
 * {@link org.maillage.platform.api.bulk.BulkWrite#expect() expected} columns (an id and a version) still hold the
 * values the caller read; the others are skipped and left out of the count, so the caller sees that some rows
 * changed meanwhile.</li>
 * <li>Writes bypass the persistence context: the caller clears or detaches the entities it read before writing
 * them, or the EntityManager would write them a second time.</li>
 * </ul>
 */
package org.maillage.platform.api.bulk;
