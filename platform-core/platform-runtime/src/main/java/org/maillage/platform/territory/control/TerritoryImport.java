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
import java.util.List;

/**
 * Puts the territory files into the database, on one JDBC connection and in one transaction: the
 * row {@value #NAME} of {@code platform_reference_data} is locked first, so that two instances
 * starting together load once; when its checksum is the files' nothing else happens, otherwise
 * the files are checked against each other ({@link TerritoryRows}), then every territory table is
 * emptied and filled again ({@link BatchInsert}). Readers see the old data
 * or the new, never a mix. Must not run inside a JTA transaction (it drives the connection's own).
 */
public final class TerritoryImport {

    static final String NAME = "territory";

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
            TerritoryRows rows = TerritoryRows.of(files);
            try (Statement statement = connection.createStatement()) {
                for (String table : TABLES) {
                    statement.executeUpdate("delete from " + table);
                }
            }
            int written = insertAll(connection, rows);
            OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
            record(connection, stored != null, written, now);
            connection.commit();
            return new TerritoryLoad(true, files.checksum(), files.source(), written, now, millisSince(start));
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

    private int insertAll(Connection connection, TerritoryRows rows) throws SQLException {
        int v = Types.VARCHAR;
        int i = Types.INTEGER;
        return BatchInsert.insert(connection, "platform_region", "code, nom", new int[]{v, v}, rows.regions())
                + BatchInsert.insert(connection, "platform_departement", "code, nom, region", new int[]{v, v, v}, rows.departements())
                + BatchInsert.insert(connection, "platform_epci", "code, nom, type, population", new int[]{v, v, v, i}, rows.epci())
                + BatchInsert.insert(connection, "platform_commune",
                        "code, nom, departement, region, epci, population, nom_recherche, nom_compact",
                        new int[]{v, v, v, v, v, i, v, v}, rows.communes())
                + BatchInsert.insert(connection, "platform_postcode", "code_postal, code_commune", new int[]{v, v}, rows.postcodes());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
