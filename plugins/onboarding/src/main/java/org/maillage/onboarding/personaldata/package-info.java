/**
 * RGPD: what onboarding holds about a person, exported and erased in one place
 * ({@link org.maillage.onboarding.personaldata.control.VolunteerPersonalData}).
 *
 * <p>Decisions: a package of its own above volunteers, first actions and the outbox, because erasure
 * reaches all three; the inactivity sweep and the self-service page use it to anonymise.
 */
package org.maillage.onboarding.personaldata;
