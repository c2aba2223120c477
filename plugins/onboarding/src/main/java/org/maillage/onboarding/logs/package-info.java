/**
 * What the plugin writes to the server log.
 *
 * <p>Rule: no log line, and no error message the plugin stores, holds an e-mail address: a failure is logged
 * as its classes and messages with the addresses masked ({@link org.maillage.onboarding.logs.Redacted}),
 * never with a stack trace, whose messages (SMTP replies, database constraint details) may quote one;
 * an outbox message is named by its id. Decision: a leaf package, so that every part of the plugin uses it.
 */
package org.maillage.onboarding.logs;
