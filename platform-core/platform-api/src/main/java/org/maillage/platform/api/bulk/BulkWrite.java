package org.maillage.platform.api.bulk;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a {@link BulkWriter} writes: a tenant-owned table, the columns the caller gives (never {@code tenant_id}:
 * the platform writes it), and what happens when a row's key already exists in the cooperation.
 *
 * <ul>
 * <li>no {@link #key()}: every row is inserted;</li>
 * <li>a key and no {@link #update()} columns: a row whose key exists is skipped ({@code do nothing});</li>
 * <li>a key and update columns: the existing row takes the new values of those columns, only when its
 * {@link #expect()} columns equal the row's (the caller's id and version: the row it read), and its
 * {@link #increment()} column, if any, goes up by one.</li>
 * </ul>
 *
 * @param table     a table with a {@code tenant_id} column
 * @param columns   the columns of each row, in order
 * @param key       the columns that, with {@code tenant_id}, make a unique constraint of the table; may be empty
 * @param update    the columns a conflict overwrites
 * @param expect    the columns a conflicting row must already hold the same values in to be updated
 * @param increment a version column a conflict increments, or null
 */
public record BulkWrite(String table, List<String> columns, List<String> key, List<String> update, List<String> expect,
                        String increment) {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    static final String TENANT = "tenant_id";

    public BulkWrite {
        name(table);
        columns = List.copyOf(columns);
        key = List.copyOf(key);
        update = List.copyOf(update);
        expect = List.copyOf(expect);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A bulk write needs columns");
        }
        for (List<String> names : List.of(columns, key, update, expect)) {
            for (String name : names) {
                name(name);
                if (name.equals(TENANT)) {
                    throw new IllegalArgumentException("The platform writes " + TENANT + "; a bulk write does not name it");
                }
                if (!columns.contains(name)) {
                    throw new IllegalArgumentException(name + " is not one of the columns written");
                }
            }
        }
        if (increment != null) {
            name(increment);
            if (!columns.contains(increment) || update.contains(increment)) {
                throw new IllegalArgumentException("The version column " + increment + " is written on insert and incremented on update");
            }
        }
        if (key.isEmpty() && (!update.isEmpty() || !expect.isEmpty() || increment != null)) {
            throw new IllegalArgumentException("Only a write with a key can update on a conflict");
        }
    }

    /** @return a write that inserts every row into {@code table} */
    public static BulkWrite insert(String table, String... columns) {
        return new BulkWrite(table, List.of(columns), List.of(), List.of(), List.of(), null);
    }

    /** @return this write, rows whose {@code key} exists in the cooperation skipped */
    public BulkWrite onConflict(String... key) {
        return new BulkWrite(table, columns, List.of(key), update, expect, increment);
    }

    /** @return this write, a conflict overwriting {@code columns} */
    public BulkWrite updating(String... columns) {
        return new BulkWrite(table, this.columns, key, List.of(columns), expect, increment);
    }

    /** @return this write, a conflict updating only a row that still holds the given values in {@code columns} */
    public BulkWrite expecting(String... columns) {
        return new BulkWrite(table, this.columns, key, update, List.of(columns), increment);
    }

    /** @return this write, a conflict incrementing the version column {@code column} */
    public BulkWrite incrementing(String column) {
        return new BulkWrite(table, columns, key, update, expect, column);
    }


    private static void name(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain lower-case SQL name: " + name);
        }
    }
}
