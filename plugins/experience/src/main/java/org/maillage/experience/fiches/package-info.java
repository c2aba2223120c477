/**
 * The cooperation's fiches, behind the platform's walls ({@code @TenantOwned}, row-level security).
 *
 * <p>Rules:
 * <ul>
 * <li>Coordinators and team referents write fiches; a referent reads the shared ones and their own drafts, and
 * changes their own; coordinators read and change all and alone decide the state (DRAFT, COOPERATION,
 * NETWORK, in any direction). A fiche a member may not read answers 404, like one that does not exist; network
 * admins have no access to these endpoints (they read the network's copies).</li>
 * <li>The body is Markdown, rendered by commonmark (raw HTML escaped, unsafe URLs dropped) then cleaned by jsoup's
 * safelist ({@link org.maillage.experience.fiches.control.Markdown}); the preview uses the same path.</li>
 * <li>The contact is a role: an address or a phone number in it is a 400. Themes and partner kinds come from
 * controlled lists, communes from the cooperation's territory (the platform's {@code Territory}), teams are the
 * teams plugin's ids, unchecked (it may be absent).</li>
 * <li>Every change carries the version read: a stale one is a 409.</li>
 * <li>Files: PDF and images only, the type read from the first bytes ({@code FileType}: an executable renamed
 * {@code .pdf} is a 415), at most {@code experience.attachment.max-bytes} (413 while reading the body), 10 per
 * fiche, served as attachments with {@code nosniff} and a sandboxing CSP. Stored in the database (bytea), not in a
 * folder: outside any web root by construction, behind the same walls as the fiche, in the same backups and
 * erased with it, and the same for every instance without a shared disk.</li>
 * <li>E-mails: what other cooperations say about a shared fiche reaches its writer through the platform's outbox,
 * queued by this cooperation's own work ({@code NoticeMail}: after the other cooperation's transaction commits,
 * and at each poll), never by the other cooperation's request, which cannot read our addresses.</li>
 * <li>The weekly digest: a member asks for it for themselves; the first poll of each ISO week sends, through the
 * outbox, the fiches other cooperations shared in the last seven days (nothing when there are none), once per week
 * and cooperation ({@code Digest}).</li>
 * <li>Personal data: a fiche's writer (login, address, name), the writers of exchanges ({@code Authorship}) and the
 * digest's subscribers. Erasure keeps the texts signed « ancien membre » and ends the subscription.</li>
 * </ul>
 */
package org.maillage.experience.fiches;
