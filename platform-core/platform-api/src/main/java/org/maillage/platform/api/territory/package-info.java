/**
 * The territory as plugins read it: communes and the postcodes that serve them.
 *
 * <p>Requirements: a plugin turns a postcode into communes (a volunteer's address, a team's area)
 * and checks a commune code, without depending on the runtime or reading the platform's tables.
 *
 * <p>Decisions: deliberately minimal — two lookups and a value type; search, EPCI neighbours and a
 * cooperation's territory stay in the HTTP API ({@code /api/territory}) until a plugin needs them in
 * code. Tenant data refers to a commune by its INSEE code, without a foreign key (communes merge
 * between editions of the geographic code).
 */
package org.maillage.platform.api.territory;
