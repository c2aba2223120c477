/**
 * The audit log: every write, and every export of personal data, with its subject, cooperation,
 * action, target and time.
 *
 * <p>Decisions: recorded by a response filter for every successful non-read request to the API
 * (and for reads marked {@link org.maillage.platform.api.security.Audited}), so no endpoint can
 * forget it; in a transaction of its own, after the change committed. Rows are not tenant-owned
 * because registry actions concern a cooperation without happening inside it; the cooperation is a
 * plain column, and reads filter on it explicitly. Readable by the cooperation's coordinators and by
 * network admins.
 */
package org.maillage.platform.audit;
