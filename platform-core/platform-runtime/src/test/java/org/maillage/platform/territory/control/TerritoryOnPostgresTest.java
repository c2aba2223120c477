package org.maillage.platform.territory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.platform.territory.entity.Commune;
import org.maillage.postgres.ScratchDatabase;

/**
 * The loader and the queries on the platform's migrations, in a fresh PostgreSQL database (on the server
 * of {@code MAILLAGE_TEST_PG_URL}, else an embedded one): loads the whole territory once for the class.
 */
class TerritoryOnPostgresTest {

    private static Connection connection;
    private static TerritoryLoad firstLoad;

    @BeforeAll
    static void migrateAndLoad() throws SQLException {
        ScratchDatabase database = ScratchDatabase.create();
        Flyway.configure().dataSource(database.url(), database.user(), database.password()).locations("classpath:db/migration/platform")
                .table("platform_schema_history").load().migrate();
        connection = database.connect();
        firstLoad = new TerritoryImport(TerritoryFiles.read(), Clock.systemUTC()).into(connection);
        System.out.printf("Territory loaded into PostgreSQL in %d ms (%d rows)%n", firstLoad.millis(), firstLoad.rows());
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void loadsEveryCommuneOnceThenSkipsUntilTheFilesChange() throws SQLException {
        assertTrue(firstLoad.reloaded());
        assertEquals(34969, count("platform_commune"));
        assertEquals(109, count("platform_departement"));
        assertEquals(1255, count("platform_epci"));

        TerritoryLoad again = new TerritoryImport(TerritoryFiles.read(), Clock.systemUTC()).into(connection);
        assertFalse(again.reloaded());
        assertEquals(firstLoad.loadedAt(), again.loadedAt());
        assertEquals(firstLoad.checksum(), again.checksum());
        assertTrue(connection.getAutoCommit(), "the connection is handed back as it was");
    }

    @Test
    void replacesTheDataWhenTheChecksumDiffers() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("update platform_reference_data set checksum = 'older' where name = 'territory'");
        }
        Clock later = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
        TerritoryLoad reload = new TerritoryImport(TerritoryFiles.read(), later).into(connection);
        assertTrue(reload.reloaded());
        assertEquals(firstLoad.rows(), reload.rows());
        assertEquals(34969, count("platform_commune"));
        assertEquals(2030, reload.loadedAt().getYear());
    }

    @Test
    void findsSaintMaloHoweverItIsTyped() throws SQLException {
        for (String q : List.of("st malo", "SAINT-MALO", "saint malo", "Saint-Malo", "saintmalo", "st-malo", "35400", "saint malo 35400")) {
            List<Commune> found = search(q, null, 20);
            assertEquals("35288", found.get(0).code(), q + " → " + found);
        }
        Commune saintMalo = search("st malo", null, 20).get(0);
        assertEquals("Saint-Malo", saintMalo.nom());
        assertEquals("243500782", saintMalo.epci().code());
        assertEquals(List.of("35400"), saintMalo.codesPostaux());
    }

    @Test
    void ranksTheExactNameFirstThenByPopulation() throws SQLException {
        List<Commune> found = search("saint malo", null, 100);
        assertEquals("35288", found.get(0).code());
        assertTrue(found.size() > 3, found.toString());
        for (int i = 2; i < found.size(); i++) {
            assertTrue(population(found.get(i - 1)) >= population(found.get(i)), found.toString());
        }
        assertEquals("35288", search("malo", null, 5).get(0).code(), "a word of the name, the largest first");
        assertEquals("35288", search("sai mal", null, 5).get(0).code(), "prefixes of words");
        assertTrue(search("alo", null, 100).stream().noneMatch(c -> c.code().equals("35288")), "a word must start with what is typed");
    }

    @Test
    void ignoresAccentsApostrophesAndLigatures() throws SQLException {
        assertEquals("94038", search("l'hay les roses", null, 5).get(0).code());
        assertEquals("94038", search("lhay", null, 5).get(0).code());
        assertEquals("94038", search("HAŸ roses", null, 5).get(0).code());
        List<String> oeuilly = search("oeuilly", null, 5).stream().map(Commune::code).toList();
        assertTrue(oeuilly.contains("02565"), oeuilly.toString());
        assertEquals(oeuilly, search("Œuilly", null, 5).stream().map(Commune::code).toList());
    }

    @Test
    void filtersByDepartementAndLimits() throws SQLException {
        List<Commune> found = search("saint", "56", 7);
        assertEquals(7, found.size());
        assertTrue(found.stream().allMatch(c -> c.departement().equals("56")));
        assertEquals(100, search("sa", null, 100).size());
    }

    @Test
    void listsThePostcodeTheEpciAndTheDepartement() throws SQLException {
        TerritoryQueries queries = new TerritoryQueries(connection);
        assertEquals(List.of("56260"), queries.ofPostcode("56000").stream().map(Commune::code).toList());
        List<String> bourg = queries.ofPostcode("01000").stream().map(Commune::nom).toList();
        assertEquals(List.of("Bourg-en-Bresse", "Saint-Denis-lès-Bourg"), bourg);
        assertEquals(249, queries.ofDepartements(List.of("56")).size());
        List<Commune> epci = queries.ofEpci("243500782");
        assertTrue(epci.stream().anyMatch(c -> c.nom().equals("Cancale")));
        assertTrue(queries.commune("00000").isEmpty());
    }

    private static List<Commune> search(String q, String departement, int limit) throws SQLException {
        return new TerritoryQueries(connection).search(CommuneQuery.of(q), departement, limit);
    }

    private static int population(Commune commune) {
        return commune.population() == null ? -1 : commune.population();
    }

    private static int count(String table) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("select count(*) from " + table)) {
            row.next();
            return row.getInt(1);
        }
    }
}
