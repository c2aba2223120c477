/**
 * The onboarding plugin ({@code onboarding}, « Accueil des bénévoles »): bring in the volunteers who
 * signed up on JeVeuxAider and follow each one to a first act of solidarity and into a citizen team.
 *
 * <p>This part holds the foundation — items 1 and 2 of the onboarding issue:
 * <ul>
 * <li>{@code imports}: imports of JeVeuxAider exports (profiles and participations, CSV or XLSX) as
 * background jobs with progress, per-row problems, merging of duplicates, dry runs;</li>
 * <li>{@code volunteers}: the volunteers, their pipeline (NEW → … → IN_TEAM, INACTIVE, WITHDRAWN),
 * the history of their state changes, search and bulk moves, RGPD export and erasure, indicators;</li>
 * <li>{@code sheets}: reading CSV and XLSX files row by row, whatever their encoding and separator
 * (the formats are contributions to {@link org.maillage.onboarding.api.ImportFormat});</li>
 * <li>{@code actions}: first actions, their places, participants and waiting lists;</li>
 * <li>{@code matching}: first actions and teams near a volunteer, volunteers near an action or a team;</li>
 * <li>{@code todo}: the coordinator's to-do list of volunteers waiting too long;</li>
 * <li>{@code steps}: the steps other plugins add ({@link org.maillage.onboarding.api.OnboardingStep});</li>
 * <li>{@code indicators}: rates, volunteers per place and days to a first action for national reporting;</li>
 * <li>{@code inactivity}: the daily flagging and anonymisation of volunteers without activity;</li>
 * <li>{@code campaigns}: messages to a selection of volunteers, each with a personal link, and their figures;</li>
 * <li>{@code mail}: the daily digest of the to-do list and the « Boîte d'envoi » page, over the platform's outbox ({@code Mail}), which sends;</li>
 * <li>{@code selfservice}: the signed, expiring link and the public page where a volunteer answers without an account;</li>
 * <li>{@code personaldata}: export and erasure of what the plugin holds about a person;</li>
 * <li>{@code settings}: the plugin's id and settings, read across the plugin;</li>
 * <li>{@code plugin}: the descriptor (roles, settings, indicators, pages) and the start of the background work.</li>
 * </ul>
 *
 * <p>Decisions common to the plugin: compiled against {@code platform-api} and the Jakarta EE /
 * MicroProfile APIs only; every table is prefixed {@code onboarding_} and tenant-owned; messages a
 * user may read are French, code and logs English; coordinators write, coordinators and team
 * referents read (network admins do not read volunteers' personal data).
 */
package org.maillage.onboarding;
