package org.maillage.platform.api.bulk;

import java.util.Collection;

/**
 * Writes many rows of a tenant-owned table of the current cooperation in one set-based statement, inside the
 * caller's transaction. Injected; see the package documentation.
 */
public interface BulkWriter {

    /**
     * Writes the rows: inserted when their key is new in the cooperation, otherwise merged as {@code write} says.
     *
     * @param rows one array per row, the values in the order of {@link BulkWrite#columns()}: {@code null},
     *             {@link String}, {@link Number}, {@link Boolean}, {@link Enum} (its name), {@link java.time.LocalDate},
     *             {@link java.time.OffsetDateTime}, {@link java.util.UUID}; each key at most once
     * @return how many rows were inserted or updated (rows skipped on a conflict are not counted)
     * @throws IllegalStateException    outside a transaction or without a cooperation bound
     * @throws IllegalArgumentException when a row does not match the columns or holds a value that cannot be stored
     *                                  (a NUL character, a type not listed)
     * @throws jakarta.persistence.PersistenceException when the database refuses the write; the transaction is then
     *                                  to be rolled back
     */
    long write(BulkWrite write, Collection<Object[]> rows);
}
