/**
 * What the platform and the plugins write to the server log.
 *
 * <p>Rule: no log line, and no error message stored for people to read, holds an e-mail address: a failure is
 * logged as its classes and messages with the addresses masked ({@link org.maillage.platform.api.logs.Redacted}),
 * never with a stack trace, whose messages (SMTP replies, database constraint details) may quote one; an
 * outbox message is named by its id. The log outlives erasure.
 */
package org.maillage.platform.api.logs;
