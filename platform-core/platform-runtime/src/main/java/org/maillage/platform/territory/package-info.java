/**
 * Territory: the régions, départements, intercommunalités (EPCI), communes and postcodes of France,
 * loaded into the database at start-up and served read-only under {@code /api/territory}.
 *
 * <p>Requirements: every module can join its data to the communes in SQL; a user finds a commune
 * however they type its name or by its postcode; a cooperation sees the communes of its
 * départements; the platform never reaches the network at run time; a start with unchanged data
 * does not reload it; readiness is UP only once the territory is in the database.
 *
 * <p>Decisions:
 * <ul>
 * <li><b>Shared, not tenant-owned.</b> The territory is the same official data for every
 * cooperation, like the registry of cooperations: one copy in {@code platform_*} tables without a
 * tenant column, read by everyone, written only by the loader. Cooperations overlap (several may
 * one day share a département) and tenant data points at communes by their INSEE code.</li>
 * <li><b>Tenant data keeps commune codes without foreign keys to {@code platform_commune}.</b>
 * Communes merge and disappear between editions of the geographic code, and a reload replaces the
 * whole territory: a foreign key from tenant data would block the load, or lose the data.</li>
 * <li><b>Loaded when its checksum changes.</b> {@link org.maillage.platform.territory.control.TerritoryLoader}
 * runs right after the migrations ({@link org.maillage.platform.persistence.control.SchemaMigrated}),
 * before the first request. It computes the SHA-256 of the five files shipped in {@code maillage-tenants}
 * together with the version of the loader and of the normalisation rule, and compares it with the
 * row {@code territory} of {@code platform_reference_data}, locked with {@code select ... for update}
 * so that instances starting together load once. Same checksum: nothing is written, a restart costs
 * a few milliseconds. Different (new data, or a new normalisation): every territory table is
 * emptied and filled again in one transaction, with multi-row inserts sent in JDBC batches through
 * the platform's data source; readers see the old territory or the new one, never a mix. The files
 * are checked against each other first ({@link org.maillage.platform.territory.control.TerritoryRows})
 * instead of foreign keys between the territory tables, which made each load 45 % slower. A version
 * number would have to be bumped by hand; the checksum cannot be forgotten. A failed load fails
 * the deployment, like a failed migration.</li>
 * <li><b>The normalisation rule</b> ({@link org.maillage.platform.territory.control.SearchText}):
 * lower case; accents removed (é → e, ÿ → y); œ, æ spelt oe, ae; any run of other characters
 * (hyphen, apostrophe, space) separates words; the words St, Ste, Sts, Stes are spelt Saint,
 * Sainte, Saints, Saintes. The same rule normalises stored names and what users type.
 * {@code nom_recherche} holds the words between spaces (" saint malo "), {@code nom_compact} the
 * words run together ("saintmalo").</li>
 * <li><b>Search</b>: each typed word must start a word of the name ({@code like '% mal%'}); St and
 * Ste also match the whole word Saint and Sainte, so "st malo" finds Saint-Malo while "ste" still
 * finds Stenay; the typed words run together may instead start the compact name ("lhay"). Each
 * group of digits must start one of the commune's postcodes. Ranked: exact name first, then the
 * most populated, then by code. The name is searched by scanning {@code platform_commune}: a word
 * prefix inside a name is beyond a B-tree, and scanning 35,000 short rows took 5–17 ms
 * (measured), no slower than a table of words we tried (1–35 ms), which doubled the rows
 * to load. PostgreSQL's pg_trgm could index it if ever needed. The
 * postcode, département and EPCI lookups use indexes.</li>
 * <li><b>Postcodes</b>: {@code platform_postcode} holds the union of {@code postcodes.tsv}
 * (La Poste, mapped to current communes) and of the {@code codes_postaux} column of
 * {@code communes.tsv}: each source lacks pairs the other has (recent communes, overseas).</li>
 * <li>Reads go through plain JDBC ({@link org.maillage.platform.territory.control.TerritoryQueries}):
 * the records of {@code entity} are immutable reference data that no one edits through JPA.</li>
 * <li>Lists (a postcode's communes, the neighbours, a cooperation's communes) are sorted by name in
 * French alphabetical order in Java, whatever the database's collation (the embedded server's is C.UTF-8).</li>
 * <li>Until identity lands, the territory API needs no authentication; it will be open to any
 * authenticated user. The cooperation's territory goes through the tenant filter (404 unknown,
 * 410 archived) like every {@code {tenant}} path.</li>
 * </ul>
 */
package org.maillage.platform.territory;
