/**
 * Matching volunteers with first actions and teams.
 *
 * <p>Requirements: for a volunteer, suggest first actions (upcoming, with places left or a waiting
 * list) and teams near them and on days they are free; for a first action or a team, suggest
 * volunteers near it, never those withdrawn, inactive or erased.
 *
 * <p>Decisions:
 * <ul>
 * <li><b>Near</b> is the same commune, then the same EPCI, then the same département
 * ({@link org.maillage.onboarding.matching.control.Proximity}, from the platform's {@code Territory});
 * farther is not suggested. No distances: the communes' EPCI says « near » the way people live it.</li>
 * <li><b>Availability</b> is free text; weekday names, « semaine » and « week-end » are read from it
 * ({@link org.maillage.onboarding.matching.control.Availability}); an action fits when one of its days
 * is a day the volunteer named; a volunteer who named none fits any day. Simple and explainable.</li>
 * <li>Order: nearest first; for actions, places left before waiting lists, then by date; for volunteers,
 * the least advanced in the pipeline first (they most need a first action), then by name.</li>
 * <li>Teams come from {@link org.maillage.onboarding.api.TeamDirectory} contributions: none where the
 * teams plugin is not enabled. {@link org.maillage.onboarding.matching.control.Suggestions#forVolunteer}
 * serves the coordinators' API and the volunteers' self-service page alike.</li>
 * </ul>
 */
package org.maillage.onboarding.matching;
