/**
 * The audit log: every write, every read of personal data, and refusals, with its subject, cooperation,
 * action, target, status and time.
 *
 * <p>Decisions: recorded by a response filter for every successful non-read request to the API
 * (and for reads marked {@link org.maillage.platform.api.security.Audited}), so no endpoint can
 * forget it; in a transaction of its own, after the change committed. Rows are not tenant-owned
 * because registry actions concern a cooperation without happening inside it; the cooperation is a
 * plain column, and reads filter on it explicitly. Readable by the cooperation's coordinators and by
 * network admins.
 *
 * <p>No personal data: the target is the request's path, never its query string; the person an action
 * concerns is recorded as a keyed hash ({@link org.maillage.platform.audit.control.PersonHash}, HMAC-SHA256
 * with {@code maillage.audit.hash-key}), which an erasure leaves meaningless to anyone without the key
 * and the address; a failed write logs the action, never the target. Auditing of reads keys on the
 * resource <em>method</em> ({@code @Audited} on it or its class), not on the media type, so a variant
 * ({@code Accept: text/csv}) of an audited read is audited too; any read answering a download
 * ({@code Content-Disposition}) is audited even unannotated. Refusals (401, 403) of a cooperation's endpoints
 * (by the API's filters, and tokens the container refuses, through
 * {@link org.maillage.platform.errors.boundary.ContainerErrorServlet}) are recorded with who and what, within {@link org.maillage.platform.audit.control.RefusalBudget} (the same
 * refusal once a minute, {@code maillage.audit.refusals-per-minute} in all), so a flood cannot fill the table.
 */
package org.maillage.platform.audit;
