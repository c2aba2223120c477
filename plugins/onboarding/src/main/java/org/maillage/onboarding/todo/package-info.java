/**
 * The coordinator's to-do list.
 *
 * <p>Requirements: volunteers stuck in a state where the next move is the coordinator's — NEW (to
 * contact) and CONTACTED (to call again) — longer than the cooperation's {@code onboarding.stale-after-days}
 * (7 by default) are listed, the longest waiting first, with the days they have waited.
 *
 * <p>Decisions: the time in a state counts from {@code Volunteer.stateChangedAt}, set by each
 * transition (and at arrival); days are whole days of 24 hours. Erased volunteers never appear.
 */
package org.maillage.onboarding.todo;
