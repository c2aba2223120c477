/**
 * The volunteers of a cooperation and their pipeline.
 *
 * <p>Requirements: every volunteer is followed from sign-up to a team without being lost; every
 * change of state says who made it, when, from what, to what and why; a coordinator finds volunteers
 * by name, e-mail or commune however they type it, filters by state and commune, sorts, pages, and
 * moves a whole selection at once; team referents read; a person may have their data exported or erased.
 *
 * <p>Decisions:
 * <ul>
 * <li><b>Identity</b>: the e-mail address, trimmed and in lower case
 * ({@link org.maillage.onboarding.volunteers.entity.Normalisation}), unique per cooperation. The
 * phone is only a hint of a possible duplicate.</li>
 * <li><b>Transitions</b> are defined in one place, {@link org.maillage.onboarding.volunteers.entity.VolunteerState}:
 * forward in the pipeline by one step or more, never back; INACTIVE and WITHDRAWN from anywhere, with a
 * reason; back from INACTIVE to any step but NEW; back from WITHDRAWN only as RESPONDED, with a reason.
 * An impossible move answers 409 with the moves that are possible. Each change is a row of
 * {@code onboarding_volunteer_transition} (who = the caller's login, or the person who asked for the
 * import) and a {@link org.maillage.onboarding.volunteers.entity.VolunteerStateChanged} event; creation
 * is not a transition (the volunteer's {@code created_at} and {@code source} say it).</li>
 * <li><b>Search</b>: a folded copy of first name, last name, e-mail and commune (lower case, no
 * accents) is stored with each volunteer and each typed word must appear in it
 * ({@code like '%mot%'}): plain SQL, without extensions; a scan of one
 * cooperation's rows, a few thousand to a few hundred thousand. The commune's name is copied onto the
 * volunteer for that reason.</li>
 * <li><b>Paging</b>: {@code page} from 1, {@code size} by default the cooperation's
 * {@code maillage.tenant.page-size}, 500 at most; the answer holds {@code items} and {@code total}.
 * Ties are broken by id, so pages never overlap. {@code GET …/volunteers/states} gives every state in
 * pipeline order with its French label, how many volunteers of the search ({@code q}, {@code commune})
 * are in it and the moves possible from it, each saying whether it needs a reason: the web pages' tabs
 * and buttons come from it rather than from a copy of the rules.</li>
 * <li><b>Bulk moves</b> take the list's filter, optionally narrowed to rows picked by id
 * ({@code ids}, 500 at most — a page), so that « these rows » and « all of the search » are one endpoint.</li>
 * <li><b>Ambiguous postcodes</b>: the commune stays empty and the candidate INSEE codes are kept
 * until a coordinator settles it ({@code PUT …/volunteers/{id}/commune}).</li>
 * <li><b>Erasure anonymises</b> the volunteer (see {@link org.maillage.onboarding.personaldata.control.VolunteerPersonalData}):
 * counts survive, nothing names the person, and a digest of the address stops a re-import from
 * bringing them back. Erased volunteers leave the lists and bulk actions.</li>
 * <li>Indicators give today's counts by state (a month's history is not rebuilt yet).</li>
 * <li><b>A list stays fast at 300,000 volunteers</b> (issue 17): its total is exact up to 10,000 volunteers (1,000 for a
 * search), counted by PostgreSQL with a {@code limit} inside the count (past that, {@code totalExact} is false and the
 * total a lower bound; the page says « Plus de 10 000 bénévoles trouvés »). Behind the wall {@code LIKE} cannot use an
 * index (it is not leakproof), so a page reads the ids of its rows, in order, from an index of the list's default order
 * that holds the search text too (migration V9; it stops at the page's end), then those rows; partial indexes serve the
 * other orders. The list and the state counts are {@code @Heavy}: a bounded number run at once per cooperation, with a
 * statement time-out.</li>
 * </ul>
 */
package org.maillage.onboarding.volunteers;
