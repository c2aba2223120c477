/**
 * What other plugins compile against to work with onboarding: its extension points and the values
 * they exchange. Nothing else of this plugin is meant for other plugins.
 *
 * <p>Decisions: the teams plugin depends on onboarding optionally (its JAR is on the platform, it need
 * not be enabled for a cooperation). Through {@link org.maillage.platform.api.plugin.Extensions} a
 * plugin reads only the contributions of the plugins enabled for the current cooperation, so
 * {@link org.maillage.onboarding.api.VolunteerDirectory} is empty where onboarding is not enabled and
 * {@link org.maillage.onboarding.api.TeamDirectory} is empty where teams is not: each plugin works
 * alone and better together.
 */
package org.maillage.onboarding.api;
