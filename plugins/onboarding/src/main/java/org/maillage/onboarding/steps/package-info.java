/**
 * Onboarding steps added by other plugins through {@link org.maillage.onboarding.api.OnboardingStep}
 * (a training session…): listed with whether the volunteer did them, and recorded by a coordinator.
 * The contributing plugin stores what it records; onboarding keeps nothing of it.
 */
package org.maillage.onboarding.steps;
