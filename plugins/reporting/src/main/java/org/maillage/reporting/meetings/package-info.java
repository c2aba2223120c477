/**
 * The commission réseau: the national network's meetings with the cooperations.
 *
 * <p>Rules:
 * <ul>
 * <li>Meetings, their agenda, minutes and decisions, and the cooperations' questions are network data
 * ({@code @NetworkData EntityManager}: no tenant, no row-level security). So the plugin itself enforces who sees
 * what: network admins create, edit and read every meeting ({@code /api/reporting/meetings}); a cooperation
 * ({@code /api/tenants/{tenant}/reporting/meetings}) reads only the meetings it is invited to — any other answers
 * 404, as if it did not exist — and their minutes and decisions only once published.</li>
 * <li>Agenda items come from a cooperation's sent report (submitted or acknowledged, read as that cooperation
 * in a transaction of its own), from a question a coordinator raised (pending until put on one agenda; taken
 * off, it is pending again), from another plugin's proposal ({@code org.maillage.reporting.api.AgendaProposals}),
 * or from the network admin. Each item copies its title, so the agenda stays readable whatever becomes of its
 * source; a source is on a meeting's agenda once.</li>
 * <li>A meeting has a place or a video link, ends after it starts, and invites only active cooperations that use
 * the module. Every change carries the version read: a stale one is a 409.</li>
 * <li>Each meeting is an iCalendar file ({@code MeetingCalendar}, RFC 5545), UID stable, times in UTC.</li>
 * <li>Personal data: none. A question names its cooperation, not its author; who follows a decision up is
 * written as a role or a cooperation ("coordination du Morbihan"), and the page says to name no one.</li>
 * </ul>
 */
package org.maillage.reporting.meetings;
