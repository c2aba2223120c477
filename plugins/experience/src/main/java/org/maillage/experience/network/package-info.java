/**
 * The network space: the only data of this plugin that crosses cooperations.
 *
 * <p>The cross-cooperation read path, and why it returns nothing a cooperation did not publish:
 * <ul>
 * <li>Fiches themselves never cross the wall: {@code experience_fiche} is tenant-owned, so no request of one
 * cooperation can read another's rows (EclipseLink's tenant condition, then row-level security).</li>
 * <li>Sharing a fiche with the NETWORK is what writes the network's copy ({@code experience_shared}, network data
 * through {@code @NetworkData}, no {@code tenant_id}): {@link org.maillage.experience.network.control.Publications}
 * is its only writer and is called only for a fiche in state NETWORK; leaving NETWORK or deleting the fiche deletes
 * the copy and its files. A draft or a fiche kept to its cooperation has no copy, so no query of the network
 * space can return it, whatever its conditions.</li>
 * <li>The copy holds what is meant to be read by every cooperation: the content rendered and cleaned, the communes by
 * name, the cooperation's slug, a contact by role; no writer's name or address.</li>
 * <li>Every read of copies goes through {@link org.maillage.experience.network.control.NetworkFiches} or
 * {@link org.maillage.experience.network.control.Search}, which add the one remaining rule: a copy hidden by network
 * admins is read only by its own cooperation (which sees the reason) and by network admins.</li>
 * <li>Exchanges, « cela nous a servi » marks and notices are network data too; they hold cooperations' slugs and the
 * names people sign with. The writer's address stays in their cooperation ({@code Authorship}, tenant-owned).</li>
 * </ul>
 *
 * <p>Search: PostgreSQL full text in French ({@code experience_fr}: unaccent, then the french stemmer; an immutable
 * {@code experience_fold} replaces unaccent where the extension cannot be created), a GIN index on a generated
 * {@code tsvector} (title and tags, summary, body by weight), {@code ts_rank} ordering, {@code ts_headline} extracts
 * sent as text segments (never HTML), facets by theme, département and year counted over the words' matches.
 *
 * <p>Endpoints: members read the space under {@code /api/tenants/{tenant}/experience/network/fiches} (the path's
 * cooperation is the reader); network admins moderate under {@code /api/experience/fiches}.
 */
package org.maillage.experience.network;
