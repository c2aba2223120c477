/**
 * First actions: local missions (not on JeVeuxAider) offered to new volunteers as their first act of
 * solidarity.
 *
 * <p>Requirements: a coordinator describes an action (title, description, a commune of the
 * cooperation's territory, start and end dates, places, partner); volunteers apply (self-service) or
 * are assigned (coordinator); the places left are shown; when the action is full, volunteers go on a
 * waiting list, first come first served; when a participant leaves, the first on the waiting list
 * takes the place. Two volunteers asking for the last place at once must not both get it.
 *
 * <p>Decisions:
 * <ul>
 * <li><b>Places</b> are a counter on the action changed only by conditional updates
 * ({@link org.maillage.onboarding.actions.control.Places}): {@code places_taken + 1 where places_taken < places}.
 * The database serialises the two requests on the row; the second finds no place and waits. A check
 * constraint keeps the rule in the schema. Fewer places than taken is refused (409); added places go to
 * the waiting list at once.</li>
 * <li><b>The waiting list</b> is ordered by the time of asking; leaving and asking again puts one at
 * its end.</li>
 * <li><b>FIRST_ACTION</b>: enrolling does not move the volunteer. A coordinator confirms, on or after
 * the action's first day, that an enrolled volunteer took part ({@code POST …/participants/{id}/done});
 * only then does the volunteer move to FIRST_ACTION, if they were before it in the pipeline or inactive
 * ({@link org.maillage.onboarding.actions.control.Outcome}) — a transition by the coordinator, with the
 * action's title as reason. An action planned is not an action taken.</li>
 * <li>A withdrawn volunteer cannot be enrolled (they must get in touch again); an action that is over
 * takes no one.</li>
 * <li>Participations are part of the volunteer's personal data: exported with it, and on erasure the
 * volunteer leaves their pending actions ({@link org.maillage.onboarding.actions.control.Participations}).</li>
 * <li>Actions and participations carry a {@code @Version}; leaving and confirming flush inside the call, so
 * that of two edits of the same version the second answers 409 in the error shape.</li>
 * </ul>
 */
package org.maillage.onboarding.actions;
