/**
 * The plugin's descriptor: id {@code onboarding}, roles, settings and indicators.
 *
 * <p>Settings: {@code onboarding.stale-after-days} (per cooperation, 1–90, default 7: after how long
 * in one state a volunteer is to be followed up — read by the to-do list of a later part) and
 * {@code onboarding.max-upload-mb} (global, 1–500, default 50: it protects the server's disk, so a
 * cooperation cannot raise it). Indicators: {@code onboarding.volunteers} and
 * {@code onboarding.by-state.<state>} ({@code new}, {@code contacted}, … {@code first-action}, {@code in-team}).
 */
package org.maillage.onboarding.plugin;
