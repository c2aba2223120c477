package org.maillage.experience.network.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.postgres.ScratchDatabase;

/**
 * The French search of shared fiches on the plugin's own migrations, in a fresh PostgreSQL database (the server of
 * {@code MAILLAGE_TEST_PG_URL}, else an embedded one, whose LC_CTYPE is C): a word after a typographic apostrophe
 * is a word of its own, whatever the database's locale, and accents and case do not matter.
 */
class FrenchSearchOnPostgresTest {

    private static Connection connection;

    @BeforeAll
    static void migrate() throws SQLException, IOException {
        connection = ScratchDatabase.create().connect();
        try (Statement statement = connection.createStatement()) {
            for (String migration : new String[] {"V1__fiches.sql", "V2__digest.sql", "V3__apostrophes.sql"}) {
                try (InputStream sql = FrenchSearchOnPostgresTest.class.getResourceAsStream("/db/migration/experience/" + migration)) {
                    statement.execute(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void typographicApostrophesSeparateWordsUnderEveryLocale() throws SQLException {
        assertEquals("l'EHPAD d'une 'visite' l'ecole", fold("l’EHPAD d‘une ‘visite’ lʼecole"));
        assertTrue(matches("Des bénévoles à l’EHPAD de Vannes", "ehpad"));
        assertTrue(matches("Le goûter d’une résidence", "residence goûter"), "accents and word forms");
        assertTrue(matches("l’École du quartier", "ECOLE"));
    }

    @Test
    void everyWordOfTheQueryIsNeeded() throws SQLException {
        assertTrue(matches("Des bénévoles à l’EHPAD de Vannes", "benevoles ehpad"));
        assertFalse(matches("Des bénévoles à l’EHPAD de Vannes", "benevoles tricot"));
    }

    @Test
    void theExtractMarksAWordAfterAnApostropheAndKeepsTheTextAsWritten() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select experience_headline(?,"
                + " websearch_to_tsquery('experience_fr', experience_fold(?)), 'StartSel=[, StopSel=]')")) {
            statement.setString(1, "Des bénévoles à l’EHPAD de Vannes, d‘ici");
            statement.setString(2, "benevoles ehpad ici");
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                assertEquals("Des [bénévoles] à l’[EHPAD] de Vannes, d‘[ici]", row.getString(1));
            }
        }
    }

    private static String fold(String text) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select experience_fold(?)")) {
            statement.setString(1, text);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** The search of {@code Search}: the fiche's stored vector against websearch_to_tsquery of the folded words. */
    private static boolean matches(String title, String words) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select to_tsvector('experience_fr', experience_fold(?))"
                + " @@ websearch_to_tsquery('experience_fr', experience_fold(?))")) {
            statement.setString(1, title);
            statement.setString(2, words);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }
}
