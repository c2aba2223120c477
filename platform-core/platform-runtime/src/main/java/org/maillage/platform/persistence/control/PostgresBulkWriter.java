package org.maillage.platform.persistence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.maillage.platform.api.bulk.BulkWrite;
import org.maillage.platform.api.bulk.BulkWriter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The bulk writer on PostgreSQL: {@code COPY} of the rows into a temporary staging table, then one
 * {@code INSERT … SELECT … ON CONFLICT} into the table, {@code tenant_id} written from the transaction's cooperation.
 *
 * <p>The connection is the pooled one of the caller's JTA transaction (Payara hands the same physical connection to
 * every user of the transaction), taken from {@link Database#dataSource()} after {@link EntityManagers#walledTenant()}
 * fixed the transaction's cooperation: it carries the cooperation for the row-level security like EclipseLink's, and
 * commits or rolls back with it. The driver's {@code CopyManager} is reached by unwrapping Payara's connection handle
 * to {@link PGConnection}. The staging table is the session's, created on first use in a transaction and dropped at
 * its commit ({@code on commit drop}), emptied before each write; so it never outlives the transaction on a pooled
 * connection. Its columns are those written, typed as the table's ({@code create … as select … with no data}).
 */
@ApplicationScoped
public class PostgresBulkWriter implements BulkWriter {

    private static final int BUFFER = 1 << 16;

    @Inject
    Database database;

    @Inject
    EntityManagers entityManagers;

    @Override
    public long write(BulkWrite write, Collection<Object[]> rows) {
        String cooperation = entityManagers.walledTenant();
        if (rows.isEmpty()) {
            return 0;
        }
        String staging = "maillage_bulk_" + write.table();
        String columns = String.join(", ", write.columns());
        try (Connection connection = database.dataSource().getConnection()) {
            if (connection.getAutoCommit()) {
                throw new IllegalStateException("A bulk write joins a transaction: this connection is in auto-commit");
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("create temporary table if not exists " + staging + " on commit drop as select "
                        + columns + " from " + write.table() + " with no data");
                statement.execute("truncate " + staging);
            }
            copy(connection.unwrap(PGConnection.class), "copy " + staging + " (" + columns + ") from stdin", write, rows);
            try (PreparedStatement merge = connection.prepareStatement(merge(write, staging))) {
                merge.setString(1, cooperation);
                return merge.executeLargeUpdate();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Bulk write into " + write.table() + " failed: " + e.getMessage(), e);
        }
    }

    /** @return the merge of the staging table into the table; its one parameter is the cooperation */
    static String merge(BulkWrite write, String staging) {
        String columns = String.join(", ", write.columns());
        StringBuilder sql = new StringBuilder("insert into ").append(write.table()).append(" as t (tenant_id, ").append(columns)
                .append(") select ?, ").append(columns).append(" from ").append(staging);
        if (!write.key().isEmpty()) {
            sql.append(" on conflict (tenant_id, ").append(String.join(", ", write.key())).append(")");
            if (write.update().isEmpty() && write.increment() == null) {
                sql.append(" do nothing");
            } else {
                List<String> sets = write.update().stream().map(c -> c + " = excluded." + c).collect(Collectors.toList());
                if (write.increment() != null) {
                    sets.add(write.increment() + " = t." + write.increment() + " + 1");
                }
                sql.append(" do update set ").append(String.join(", ", sets));
                if (!write.expect().isEmpty()) {
                    sql.append(" where ").append(write.expect().stream()
                            .map(c -> "t." + c + " is not distinct from excluded." + c).collect(Collectors.joining(" and ")));
                }
            }
        }
        return sql.toString();
    }

    private static void copy(PGConnection connection, String sql, BulkWrite write, Collection<Object[]> rows) throws SQLException {
        CopyIn copy = connection.getCopyAPI().copyIn(sql);
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(BUFFER + 4096);
            StringBuilder line = new StringBuilder(256);
            for (Object[] row : rows) {
                if (row.length != write.columns().size()) {
                    throw new IllegalArgumentException("A row of " + row.length + " values for " + write.columns().size() + " columns");
                }
                line.setLength(0);
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        line.append('\t');
                    }
                    text(line, row[i], write.columns().get(i));
                }
                line.append('\n');
                buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
                if (buffer.size() >= BUFFER) {
                    copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                    buffer.reset();
                }
            }
            if (buffer.size() > 0) {
                copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** Appends the value in COPY's text format: {@code \N} for null, backslash escapes in text. */
    static void text(StringBuilder line, Object value, String column) {
        if (value == null) {
            line.append("\\N");
        } else if (value instanceof String || value instanceof Enum<?>) {
            String text = value instanceof Enum<?> e ? e.name() : (String) value;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    case '\0' -> throw new IllegalArgumentException("The value of " + column + " holds a NUL character, which PostgreSQL cannot store");
                    default -> line.append(c);
                }
            }
        } else if (value instanceof Boolean b) {
            line.append(b ? 't' : 'f');
        } else if (value instanceof Number || value instanceof LocalDate || value instanceof OffsetDateTime || value instanceof UUID) {
            line.append(value);
        } else {
            throw new IllegalArgumentException("A bulk write cannot store a " + value.getClass().getName() + " (column " + column + ")");
        }
    }
}
