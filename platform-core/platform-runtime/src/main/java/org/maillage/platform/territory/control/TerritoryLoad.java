package org.maillage.platform.territory.control;

import java.time.OffsetDateTime;

/**
 * What the loader found or did at one start.
 *
 * @param reloaded whether the tables were replaced now (false: the stored checksum was already the files')
 * @param checksum the checksum of the data now in the tables
 * @param source   the packages the data was generated from
 * @param rows     how many rows the last load wrote, all tables together
 * @param loadedAt when the data now in the tables was loaded
 * @param millis   how long this check, and the load if any, took
 */
public record TerritoryLoad(boolean reloaded, String checksum, String source, int rows, OffsetDateTime loadedAt, long millis) {
}
