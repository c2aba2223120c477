package org.maillage.demodata;

import java.util.List;

/**
 * A commune of the tenant's territory.
 *
 * @param postcodes the postcodes that serve it, from postcodes.tsv (or, when that file has none for the
 *                  commune, from the codes_postaux column of communes.tsv)
 */
record Commune(String code, String nom, String departement, String region, long population, List<String> postcodes) {
}
