/**
 * What other plugins compile against to work with onboarding: its extension points and the values
 * they exchange. Nothing else of this plugin is meant for other plugins.
 *
 * <p>Decisions: a JAR of its own ({@code org.maillage:plugin-onboarding-api}), shipped beside the plugin,
 * so that other plugins compile against it alone ({@code provided}) and never against onboarding's
 * insides. The teams plugin depends on onboarding optionally (its JAR is on the platform, it need
 * not be enabled for a cooperation). Through {@link org.maillage.platform.api.plugin.Extensions} a
 * plugin reads only the contributions of the plugins enabled for the current cooperation, so
 * {@link org.maillage.onboarding.api.VolunteerDirectory} is empty where onboarding is not enabled and
 * {@link org.maillage.onboarding.api.TeamDirectory} is empty where teams is not: each plugin works
 * alone and better together.
 */
package org.maillage.onboarding.api;
