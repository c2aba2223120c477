/**
 * What other plugins compile against to work with teams: the {@link org.maillage.teams.api.ActionKinds}
 * extension point. Teams itself contributes to onboarding's
 * {@code org.maillage.onboarding.api.TeamDirectory} (see {@code teams.control.OpenTeams}).
 */
package org.maillage.teams.api;
