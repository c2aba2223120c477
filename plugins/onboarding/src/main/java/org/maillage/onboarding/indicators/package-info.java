/**
 * Indicators of how far a cooperation leads its volunteers, for national reporting (see
 * {@link org.maillage.onboarding.indicators.control.ReachIndicators}); the arithmetic is apart in
 * {@link org.maillage.onboarding.indicators.control.Ratios}.
 */
package org.maillage.onboarding.indicators;
