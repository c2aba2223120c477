/**
 * What other plugins compile against to work with teams: the {@link org.maillage.teams.api.ActionKinds}
 * extension point. Teams itself contributes to onboarding's
 * {@code org.maillage.onboarding.api.TeamDirectory} (see {@code teams.teams.control.OpenTeams}).
 *
 * <p>Decisions: a JAR of its own ({@code org.maillage:plugin-teams-api}), shipped beside the plugin, so
 * that other plugins compile against it alone ({@code provided}).
 */
package org.maillage.teams.api;
