/**
 * RGPD: what onboarding holds about a person, exported and erased in one place
 * ({@link org.maillage.onboarding.personaldata.control.VolunteerPersonalData}).
 *
 * <p>Decisions: a package of its own above volunteers, first actions and the platform's outbox, because erasure
 * reaches all three; the inactivity sweep and the self-service page use it to anonymise. Erasure
 * matches the address exactly, never with {@code like}: an import problem holds its row's normalised
 * address in a column of its own, so the problems of the person's rows go (whatever the column at fault)
 * and those of look-alike addresses stay. Erasure also revokes the person's self-service links.
 */
package org.maillage.onboarding.personaldata;
