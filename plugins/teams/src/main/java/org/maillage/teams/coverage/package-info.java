/**
 * Coverage of the cooperation's territory by its teams.
 *
 * <p>Requirements: which communes are covered (at least one ACTIVE team acts there) and which are zones
 * blanches; the covered share of communes and of population; zones blanches ranked by population or by
 * onboarded volunteers living there or in the same EPCI; fast for the largest département (887 communes).
 *
 * <p>Decisions: computed on each request, in memory ({@link org.maillage.teams.coverage.control.Coverage},
 * pure and unit-tested) from the territory's communes, the active teams' communes and onboarding's
 * {@code VolunteerDirectory.countByCommune()} (nothing when onboarding is not enabled): three reads and a
 * linear pass, no cache to keep true. The territory has no geometry: the web page draws a schematic of
 * EPCIs (tiles sized by population, coloured by covered share), labelled by their most populated
 * commune since the territory API does not name EPCIs.
 */
package org.maillage.teams.coverage;
