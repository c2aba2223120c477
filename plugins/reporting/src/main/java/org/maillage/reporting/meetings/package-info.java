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
 * <li>The national list goes page by page ({@code page} from 1, {@code size} at most 100), the latest first, then by id:
 * a stable order. A meeting is cancelled by deleting it (with its agenda, minutes and decisions; its questions wait
 * again). Invited cooperations are picked from {@code /api/reporting/meetings/cooperations}; an unknown slug is a
 * 400 naming it.</li>
 * <li>E-mail: each cooperation concerned is told, at its contact address ({@code TenantContext.contactAddress()},
 * kept by its coordinators), through its own outbox ({@code Mail}, so the message shows in its outbox page and has
 * its guarantees): an invitation when invited, an update when the date or times change, a cancellation when the
 * meeting is deleted or the cooperation taken off its list, and the minutes' publication once. What it was told is
 * a {@code MeetingNotice}, a row of the cooperation written in the same transaction as the messages: saving again sends
 * nothing already sent, and a failure loses no notice and sends nothing twice. The meeting's change commits
 * first, then each cooperation is told in a tenant work and transaction of its own (a transaction acts for one
 * cooperation, and one cooperation's failure must not undo the meeting). A cooperation without a contact address
 * (or suspended) is named in the answer ({@code untold}) and on the page; it is told at a later save once it can be.</li>
 * <li>The {@code .ics} is linked, not attached: the e-mail links to the meeting's page, which downloads the current
 * {@code .ics}. The outbox carries plain text only (attachments would put files in every cooperation's outbox rows,
 * kept until sent), and an attached file would be stale at the next change, when the page's is not.</li>
 * <li>The minutes' e-mail carries a link to the meeting's page, never the minutes or the decisions: they may name
 * people, and an e-mail cannot be taken back or erased; on the page they stay behind sign-in and are read only by
 * the invited. The invitation copies the agenda's titles, which are the network's subjects, not people.</li>
 * <li>Personal data: none. A question names its cooperation, not its author; who follows a decision up is
 * written as a role or a cooperation ("coordination du Morbihan"), and the page says to name no one.</li>
 * </ul>
 */
package org.maillage.reporting.meetings;
