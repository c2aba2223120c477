/**
 * The plugin's descriptor: id {@code teams}, roles {@code coordinator} and {@code team-referent},
 * two pages (teams; coverage, for coordinators) and the indicators {@code teams.by-status.<status>},
 * {@code teams.members}, {@code teams.actions}, {@code teams.people-met}, {@code teams.volunteer-hours},
 * {@code teams.communes-covered}, {@code teams.population-covered}.
 *
 * <p>Decision: onboarding is an <b>optional</b> dependency. Its JAR is always on the platform (the
 * classes of its {@code api} package are shared); where a cooperation has enabled it, members are
 * chosen among its volunteers and joining moves them to IN_TEAM, and its matching reads our
 * {@link org.maillage.onboarding.api.TeamDirectory}; elsewhere members are entered directly.
 */
package org.maillage.teams.plugin;
