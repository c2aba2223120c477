package org.maillage.platform.territory.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Puts the territory files into the database, on one JDBC connection and in one transaction: the
 * row {@value #NAME} of {@code platform_reference_data} is locked first, so that two instances
 * starting together load once; when its checksum is the files' nothing else happens, otherwise
 * every territory table is emptied and filled again ({@link BatchInsert}). Readers see the old data
 * or the new, never a mix. Must not run inside a JTA transaction (it drives the connection's own).
 */
public final class TerritoryImport {

    static final String NAME = "territory";

    /** Children first: the order in which the tables are emptied; filled in the reverse order. */
    private static final List<String> TABLES = List.of("platform_postcode", "platform_commune",
            "platform_epci", "platform_departement", "platform_region");

    private final TerritoryFiles files;
    private final Clock clock;

    public TerritoryImport(TerritoryFiles files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    /** @return what was found, and done */
    public TerritoryLoad into(Connection connection) throws SQLException {
        long start = System.nanoTime();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            TerritoryLoad stored = lockStored(connection);
            if (stored != null && stored.checksum().equals(files.checksum())) {
                connection.commit();
                return new TerritoryLoad(false, stored.checksum(), stored.source(), stored.rows(), stored.loadedAt(), millisSince(start));
            }
            try (Statement statement = connection.createStatement()) {
                for (String table : TABLES) {
                    statement.executeUpdate("delete from " + table);
                }
            }
            int rows = insertAll(connection);
            OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
            record(connection, stored != null, rows, now);
            connection.commit();
            return new TerritoryLoad(true, files.checksum(), files.source(), rows, now, millisSince(start));
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static TerritoryLoad lockStored(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select checksum, source, row_count, loaded_at from platform_reference_data where name = ? for update")) {
            select.setString(1, NAME);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new TerritoryLoad(false, row.getString(1), row.getString(2), row.getInt(3),
                        row.getObject(4, OffsetDateTime.class), 0);
            }
        }
    }

    private void record(Connection connection, boolean exists, int rows, OffsetDateTime now) throws SQLException {
        String sql = exists
                ? "update platform_reference_data set checksum = ?, source = ?, row_count = ?, loaded_at = ? where name = ?"
                : "insert into platform_reference_data (checksum, source, row_count, loaded_at, name) values (?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, files.checksum());
            statement.setString(2, files.source());
            statement.setInt(3, rows);
            statement.setObject(4, now);
            statement.setString(5, NAME);
            statement.executeUpdate();
        }
    }

    private int insertAll(Connection connection) throws SQLException {
        int rows = 0;
        rows += BatchInsert.insert(connection, "platform_region", "code, nom",
                new int[]{Types.VARCHAR, Types.VARCHAR}, files.rows("regions.tsv"));
        rows += BatchInsert.insert(connection, "platform_departement", "code, nom, region",
                new int[]{Types.VARCHAR, Types.VARCHAR, Types.VARCHAR}, files.rows("departements.tsv"));
        rows += BatchInsert.insert(connection, "platform_epci", "code, nom, type, population",
                new int[]{Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER}, files.rows("epci.tsv"));
        List<String[]> communes = files.rows("communes.tsv");
        List<String[]> communeRows = new ArrayList<>(communes.size());
        SortedSet<String> postcodes = new TreeSet<>();
        for (String[] c : communes) {
            communeRows.add(new String[]{c[0], c[1], c[2], c[3], c[4], c[5], SearchText.column(c[1]), SearchText.compact(c[1])});
            for (String postcode : c[6].split(",")) {
                if (!postcode.isEmpty()) {
                    postcodes.add(postcode + "\t" + c[0]);
                }
            }
        }
        for (String[] p : files.rows("postcodes.tsv")) {
            postcodes.add(p[0] + "\t" + p[1]);
        }
        rows += BatchInsert.insert(connection, "platform_commune", "code, nom, departement, region, epci, population, nom_recherche, nom_compact",
                new int[]{Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR},
                communeRows);
        rows += BatchInsert.insert(connection, "platform_postcode", "code_postal, code_commune",
                new int[]{Types.VARCHAR, Types.VARCHAR}, postcodes.stream().map(p -> p.split("\t")).toList());
        return rows;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
