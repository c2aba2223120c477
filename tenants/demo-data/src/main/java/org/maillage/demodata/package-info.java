/**
 * Deterministic demo data: volunteers of a MONALISA cooperation as JeVeuxAider exports, to build and
 * benchmark the onboarding import against (issue "Tenants module", item 4).
 *
 * <h2>Requirements</h2>
 * <ul>
 *   <li>Given a seed and options, write one tenant's volunteers (one or several départements) as the
 *       profiles export ({@code id, prenom, email, code_postal}, or the full one adding {@code nom, phone,
 *       mobile, structure_id, structure_nom}) or the participations export (16 columns), exactly as
 *       JeVeuxAider names them (see /work/shared/DOMAIN.md), in CSV or XLSX.</li>
 *   <li>Plausible people: French first names by sex and generation, common surnames, e-mails derived from
 *       the names at French mail providers, unique ignoring case; 06/07 mobiles written the usual ways;
 *       adults 18-85 skewed to 25-70; a commune of the territory drawn in proportion to its population, and
 *       one of its real postcodes; sign-ups shaped like the spring 2020 wave with a thin tail to 2024.</li>
 *   <li>Participations in JeVeuxAider's French states, about one mission per 35 volunteers, about older
 *       people; consistent dates (mission start ≤ end, created ≤ modified, applied while the mission is
 *       open).</li>
 *   <li>Scales 1k, 35k, 300k, 1M rows, streamed: a million rows fit in {@code -Xmx64m}.</li>
 *   <li>A dirty variant (BOM, {@code ;}, windows-1252, blank lines, case-variant duplicates, invalid
 *       e-mails, ambiguous postcodes, missing columns, spaces, name variants) whose content is counted
 *       into {@code <file>.expect.json} for import tests to assert on.</li>
 *   <li>Same seed and options, same bytes. Only the JDK at run time.</li>
 * </ul>
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>A row is a volunteer</b> in the profiles export and <b>a participation</b> in the
 *       participations export, one per volunteer; {@code --count} counts data rows. In the dirty variant a
 *       duplicate is a row too (a second account of the same person), so rows = unique people +
 *       duplicates.</li>
 *   <li><b>Determinism</b>: every concern draws from its own named {@link java.util.SplittableRandom}
 *       stream (people, sign-up order, dirt plan, dirt details, missions, participations, ids), so the same
 *       seed gives the same volunteers whatever the export, the columns, the format or the dirt. Floating
 *       point goes through {@link java.lang.StrictMath}; maps that reach the output are ordered; zip entries
 *       carry a fixed date. Nothing reads the clock or the locale.</li>
 *   <li><b>Streaming</b>: volunteers come one at a time in sign-up order (sorted uniforms from exponential
 *       spacings, two passes over the same stream), so profile ids grow with sign-up dates and nothing is
 *       sorted in memory. What grows with the rows: a set of 64-bit e-mail hashes (16 bytes a volunteer, for
 *       uniqueness) and the missions (one per 35 volunteers). Duplicates copy one of the last 4,096 clean
 *       rows. XLSX uses inline strings, so there is no shared-strings table to hold.</li>
 *   <li><b>Territory</b>: read from the classpath ({@code org/maillage/territory/} of maillage-tenants)
 *       unless {@code --territory DIR} is given; without either, from the repository folder above the
 *       working directory. Postcodes come from postcodes.tsv (the {@code codes_postaux} column of
 *       communes.tsv only for a commune missing there); communes without population are never drawn; a
 *       département with no placeable commune (984) is refused. A postcode is ambiguous when postcodes.tsv
 *       gives it several communes: in Brittany most are, so {@code ambiguousPostcodes} counts every such
 *       row and {@code ambiguousPostcodesInjected} those picked on purpose.</li>
 *   <li><b>Dirt</b>: at most one kind per row ({@link org.maillage.demodata.DirtKind}), so each count is
 *       exact; the plan is replayed first to know how many rows are duplicates. Blank lines come between rows
 *       (0.4%) and two at the end of a dirty CSV. Decomposed accents only in UTF-8.</li>
 *   <li><b>Formats</b>: CSV per RFC 4180 with CRLF; the BOM only for the dirty UTF-8 CSV; a character that
 *       windows-1252 cannot hold stops the run instead of becoming {@code ?}. XLSX is a minimal workbook
 *       (one sheet "Worksheet", ids as numbers, other cells as inline strings, empty cells left out, the
 *       fastest deflate level). Dates as Laravel writes them, {@code yyyy-MM-dd HH:mm:ss}, birth dates
 *       {@code yyyy-MM-dd}; créneaux as JeVeuxAider's export builds them ({@code "2023-05-12 (matin,
 *       après-midi), 2023-05-19 (soir)"}, only from 2022); the slot labels are an assumption.</li>
 *   <li><b>Activity</b> ({@code --export activity}, {@link org.maillage.demodata.Activity}): a cooperation's
 *       teams, members, visits and partners, as one JSON document small enough to hold in memory (a
 *       cooperation has tens of teams, not millions). Dates hang on {@code --until}, a required option, never
 *       on the clock. JSON rather than CSV because it is replayed through the teams API, object by object.
 *       The national benchmark does not use it: it writes the same proportions straight in SQL.</li>
 *   <li><b>Names</b> are embedded as two small TSV resources written for this module (not an official
 *       statistic), weights roughly following national frequencies.</li>
 *   <li><b>Privacy</b>: people are random combinations, but e-mail domains are real and phone numbers are
 *       random numbers of real ranges: some may reach real people. Demo data must never be e-mailed,
 *       called or texted; whatever sends invitations must use a sink for demo tenants.</li>
 *   <li><b>Not part of the platform</b>: a command-line tool, never in the WAR; it depends on
 *       maillage-tenants only for the reference data. Launched by {@code tenants/demo-data/demo-data.sh}
 *       ({@code maillage_demo_data ROOT ARGS...}).</li>
 * </ul>
 */
package org.maillage.demodata;
