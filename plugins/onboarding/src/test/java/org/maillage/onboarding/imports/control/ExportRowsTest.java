package org.maillage.onboarding.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.maillage.onboarding.imports.control.ExportFormat.Columns;
import org.maillage.onboarding.imports.control.ExportRows.Mapped;
import org.maillage.onboarding.imports.entity.ImportProblem.Severity;
import org.maillage.onboarding.api.Row;
import org.maillage.onboarding.api.UnreadableFile;
import org.maillage.onboarding.volunteers.entity.VolunteerState;

class ExportRowsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static Row row(long line, String... cells) {
        return new Row(line, List.of(cells));
    }

    @Test
    void columnKeysIgnoreCaseAccentsAndSpaces() {
        assertEquals("code_postal", ExportFormat.key(" Code  Postal "));
        assertEquals("creneaux_benevole", ExportFormat.key("créneaux_bénévole"));
        assertEquals("benevole_email", ExportFormat.key("\uFEFFBÉNÉVOLE-EMAIL"));
    }

    @Test
    void bothProfileExportsAreRecognised() {
        Columns short_ = ExportFormat.recognise(row(1, "id", "prenom", "email", "code_postal"));
        assertEquals(ExportFormat.PROFILES, short_.format());
        Columns full = ExportFormat.recognise(row(1, "ID", "Prénom", "Nom", "E-mail", "Phone", "Mobile", "Code postal", "structure_id", "structure_nom"));
        assertEquals(ExportFormat.PROFILES, full.format());
        assertTrue(full.has("mobile"));
    }

    @Test
    void theParticipationsExportIsRecognisedByItsVolunteerColumns() {
        Columns columns = ExportFormat.recognise(row(1, "id", "statut", "mission_id", "mission_nom", "mission_date_debut", "mission_date_fin",
                "profile_id", "benevole_prenom", "benevole_nom", "benevole_mobile", "benevole_email", "benevole_code_postal",
                "benevole_date_anniversaire", "créneaux_bénévole", "date_creation", "date_modification"));
        assertEquals(ExportFormat.PARTICIPATIONS, columns.format());
    }

    @Test
    void aMissingColumnIsNamed() {
        UnreadableFile error = assertThrows(UnreadableFile.class, () -> ExportFormat.recognise(row(1, "id", "prenom", "email")));
        assertTrue(error.getMessage().startsWith("Colonne obligatoire absente : « code_postal » (export des profils JeVeuxAider)"),
                error.getMessage());
        UnreadableFile two = assertThrows(UnreadableFile.class, () -> ExportFormat.recognise(row(1, "benevole_email", "benevole_prenom")));
        assertTrue(two.getMessage().startsWith("Colonnes obligatoires absentes : « statut », « benevole_code_postal »"), two.getMessage());
        UnreadableFile none = assertThrows(UnreadableFile.class, () -> ExportFormat.recognise(row(1, "nom", "adresse")));
        assertTrue(none.getMessage().startsWith("Format de fichier non reconnu"), none.getMessage());
    }

    @Test
    void aProfileRowIsNormalisedAndTheMobileWins() {
        Columns columns = ExportFormat.recognise(row(1, "id", "prenom", "nom", "email", "phone", "mobile", "code_postal"));
        Mapped mapped = ExportRows.map(columns, row(7, "42", " Élodie ", "LE GALL", " Elodie.LeGall@Exemple.FR", "02 97 00 00 00", "06 00 00 00 01", "6000"), TODAY);
        assertEquals(List.of(), mapped.problems());
        ImportedRow r = mapped.row();
        assertEquals("elodie.legall@exemple.fr", r.email());
        assertEquals("Élodie", r.firstName());
        assertEquals("06 00 00 00 01", r.phone());
        assertEquals("06000", r.postcode());
        assertEquals("42", r.jvaProfileId());
        assertNull(r.seed());
    }

    @Test
    void anInvalidEmailRejectsTheRowWithItsLineColumnAndValue() {
        Columns columns = ExportFormat.recognise(row(1, "id", "prenom", "Email", "code_postal"));
        Mapped mapped = ExportRows.map(columns, row(12, "1", "Jean", "jean.dupont@", "56000"), TODAY);
        assertNull(mapped.row());
        RowProblem problem = mapped.problems().get(0);
        assertEquals(12, problem.line());
        assertEquals("Email", problem.column());
        assertEquals("jean.dupont@", problem.value());
        assertEquals(Severity.REJECTED, problem.severity());
        assertTrue(ExportRows.map(columns, row(13, "1", "Jean", "  ", "56000"), TODAY).problems().get(0).reason().contains("absente"));
    }

    @Test
    void badPostcodesAndBirthDatesAreWarningsAndTheRowIsKept() {
        Columns columns = ExportFormat.recognise(row(1, "statut", "benevole_prenom", "benevole_email", "benevole_code_postal",
                "benevole_date_anniversaire", "profile_id"));
        Mapped mapped = ExportRows.map(columns, row(3, "Validée", "Zoé", "zoe@exemple.fr", "Vannes", "31/02/1990", "77"), TODAY);
        assertEquals("zoe@exemple.fr", mapped.row().email());
        assertNull(mapped.row().postcode());
        assertNull(mapped.row().birthDate());
        assertEquals(2, mapped.problems().size());
        assertTrue(mapped.problems().stream().allMatch(p -> p.severity() == Severity.WARNING));
        assertEquals(VolunteerState.CONTACTED, mapped.row().seed());
        assertEquals("Import JeVeuxAider : participation « Validée »", mapped.row().seedReason());
        assertEquals("77", mapped.row().jvaProfileId());
    }

    @Test
    void participationStatusesSeedOnlyWhatTheySay() {
        assertEquals(VolunteerState.CONTACTED, ParticipationStatus.of("VALIDÉE").orElseThrow().seed());
        assertEquals(VolunteerState.CONTACTED, ParticipationStatus.of("En cours de traitement").orElseThrow().seed());
        assertNull(ParticipationStatus.of("En attente de validation").orElseThrow().seed());
        assertNull(ParticipationStatus.of("Refusée").orElseThrow().seed());
        assertNull(ParticipationStatus.of("Annulée").orElseThrow().seed());
        assertEquals(Optional.empty(), ParticipationStatus.of("autre"));
    }

    @Test
    void birthDatesInTheirUsualForms() {
        assertEquals(Optional.of(LocalDate.of(1990, 4, 23)), ExportRows.date("1990-04-23", TODAY));
        assertEquals(Optional.of(LocalDate.of(1990, 4, 23)), ExportRows.date("1990-04-23 00:00:00", TODAY));
        assertEquals(Optional.of(LocalDate.of(1990, 4, 23)), ExportRows.date("23/04/1990", TODAY));
        assertEquals(Optional.of(LocalDate.of(1990, 4, 3)), ExportRows.date("3-4-1990", TODAY));
        assertEquals(Optional.of(LocalDate.of(1990, 4, 23)), ExportRows.date("32986", TODAY), "a spreadsheet date number");
        assertEquals(Optional.empty(), ExportRows.date("2030-01-01", TODAY));
        assertEquals(Optional.empty(), ExportRows.date("1850-01-01", TODAY));
        assertEquals(Optional.empty(), ExportRows.date("bientôt", TODAY));
    }
}
