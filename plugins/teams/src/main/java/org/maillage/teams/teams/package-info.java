/**
 * Citizen teams: their lifecycle, members, partners and log of visits and actions.
 *
 * <p>Requirements: a coordinator creates teams over communes of the cooperation's territory and sees
 * them all; a team referent sees and runs only the teams that name them; the status follows
 * PROJECT → ACTIVE → DORMANT → CLOSED with reasons; members come from onboarding's volunteers when the
 * cooperation enabled it (they move to IN_TEAM), or are entered directly; a person may be in several
 * teams; visits are logged without identifying the people visited; a member's data is exported and erased.
 *
 * <p>Decisions:
 * <ul>
 * <li><b>Referents</b> are identified by their login — the platform's principal name, the token's
 * {@code upn} (in Keycloak the username, often the e-mail address) — stored in lower case on the team.
 * A referent who does not refer a team gets 404 on it (reading or writing: they need not know it
 * exists) and never sees it in lists; creating a team is for coordinators (403). A referent may edit
 * their team but not change its referents (403). A referent without an account yet can be named
 * before their first login.</li>
 * <li><b>Status</b> rules are in one place, {@link org.maillage.teams.teams.entity.TeamStatus}; an
 * impossible move answers 409 in French; becoming ACTIVE needs the charter's signature date (409
 * otherwise); DORMANT and CLOSED need a reason; each change is a row of {@code teams_team_transition}.</li>
 * <li><b>Lists in a column</b>: a team's communes and referents are space-separated in one column
 * ({@link org.maillage.teams.teams.entity.Words}) — a team has a handful of each, and
 * {@code like '% x %'} finds "my teams" without an array type or an extension.</li>
 * <li><b>Territory</b>: every commune code (team, partner, action) must be a commune of the
 * cooperation's territory, {@code Territory.communesOfTenant()}; 400 naming the field otherwise.</li>
 * <li><b>Members</b>: a membership per team, with joining and leaving dates; name and contact copied
 * from onboarding's volunteer (whose id is kept) so that teams works without onboarding. Teams,
 * members and partners carry a {@code @Version}: of two edits of the same version of a row, the second
 * to commit gets a 409. Onboarding is
 * reached only through {@code extensions.contributions(VolunteerDirectory.class)}: empty when the
 * cooperation did not enable it.</li>
 * <li><b>Visits and actions</b> have no free text: date, kind, commune, number of people met, volunteer
 * hours, the members who took part, and one optional field of first names or initials, shaped so that
 * it cannot hold much else (see {@code TeamActionRules}). The charter asks for confidentiality and for
 * storing as little as possible about the people visited, never health data: a free "notes" field
 * would invite exactly that.</li>
 * <li><b>Action kinds</b> are the built-in ones plus those of other plugins
 * ({@link org.maillage.teams.api.ActionKinds}); an action keeps its kind's code even if the plugin that
 * added it is disabled later.</li>
 * <li><b>Partners</b> belong to the cooperation and are linked to teams; a referent sees those of their
 * teams and those linked to none.</li>
 * <li><b>Erasure</b> anonymises memberships and drops the person from actions' participants and from
 * referents: counts and hours stay (see {@link org.maillage.teams.teams.control.TeamsPersonalData}).</li>
 * </ul>
 */
package org.maillage.teams.teams;
