package org.maillage.demodata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The header lines are exactly JeVeuxAider's columns, as /work/shared/DOMAIN.md lists them. */
class ExportColumnsTest {

    static final String PROFILES_SHORT = "id,prenom,email,code_postal";
    static final String PROFILES_FULL = "id,prenom,nom,email,code_postal,phone,mobile,structure_id,structure_nom";
    static final String PARTICIPATIONS = "id,statut,mission_id,mission_nom,mission_date_debut,mission_date_fin,"
            + "profile_id,benevole_prenom,benevole_nom,benevole_mobile,benevole_email,benevole_code_postal,"
            + "benevole_date_anniversaire,créneaux_bénévole,date_creation,date_modification";

    @TempDir
    Path dir;

    @Test
    void profilesShort() throws Exception {
        assertEquals(PROFILES_SHORT, headerOf("--export", "profiles"));
        assertEquals(PROFILES_SHORT, headerOf("--export", "profiles", "--profiles", "short"));
    }

    @Test
    void profilesFull() throws Exception {
        assertEquals(PROFILES_FULL, headerOf("--export", "profiles", "--profiles", "full"));
    }

    @Test
    void participations() throws Exception {
        assertEquals(PARTICIPATIONS, headerOf("--export", "participations"));
    }

    @Test
    void dirtyHeaderUsesTheSemicolonAfterTheByteOrderMark() throws Exception {
        Path file = dir.resolve("dirty.csv");
        Fixtures.generate(file, "--departements", "56", "--count", "50", "--profiles", "full", "--dirty");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        assertEquals(PROFILES_FULL.replace(',', ';'), text.substring(1, text.indexOf("\r\n")));
    }

    @Test
    void everyRowOfACleanFileHasAllColumns() throws Exception {
        Path file = dir.resolve("full.csv");
        Fixtures.generate(file, "--departements", "56", "--count", "2000", "--export", "participations");
        List<List<String>> records = Fixtures.parseCsv(Files.readString(file), ',');
        assertEquals(2001, records.size());
        for (List<String> record : records) {
            assertEquals(16, record.size(), record.toString());
        }
    }

    private String headerOf(String... exportOptions) throws Exception {
        Path file = dir.resolve("export.csv");
        String[] args = new String[exportOptions.length + 4];
        args[0] = "--departements";
        args[1] = "56";
        args[2] = "--count";
        args[3] = "20";
        System.arraycopy(exportOptions, 0, args, 4, exportOptions.length);
        Fixtures.generate(file, args);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.substring(0, text.indexOf("\r\n"));
    }
}
