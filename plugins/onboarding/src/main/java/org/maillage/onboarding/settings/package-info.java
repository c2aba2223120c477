/**
 * The plugin's id and settings ({@link org.maillage.onboarding.settings.OnboardingSettings}).
 *
 * <p>Decisions: apart from the descriptor, which starts the plugin's background work and so sits
 * above every other package; the parts of the plugin read their settings here without depending on it.
 */
package org.maillage.onboarding.settings;
