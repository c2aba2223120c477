/**
 * The plugin's descriptor: id {@code onboarding}, roles, settings, indicators and web pages.
 *
 * <p>Web pages ({@code META-INF/resources/plugins/onboarding/}): {@code volunteers} « Bénévoles »
 * (coordinators and team referents; referents read only) shows the list and, at
 * {@code #/coop/<slug>/onboarding/volunteers/<id>}, one volunteer — one menu entry, not one per record;
 * {@code imports} « Imports JeVeuxAider » (coordinators) uploads and follows imports, at
 * {@code …/imports/<id>} one import, polled every second while it runs. They use the shell's helpers
 * ({@code /app/ui.js}) and share {@code common.js} and {@code onboarding.css}. What a referent may not do
 * is hidden, and the API refuses it anyway.
 *
 * <p>Settings: {@code onboarding.stale-after-days} (per cooperation, 1–90, default 7: after how long
 * in one state a volunteer is to be followed up — read by the to-do list of a later part) and
 * {@code onboarding.max-upload-mb} (global, 1–500, default 50: it protects the server's disk, so a
 * cooperation cannot raise it). Indicators: {@code onboarding.volunteers} and
 * {@code onboarding.by-state.<state>} ({@code new}, {@code contacted}, … {@code first-action}, {@code in-team}).
 */
package org.maillage.onboarding.plugin;
