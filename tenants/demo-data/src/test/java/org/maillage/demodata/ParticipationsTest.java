package org.maillage.demodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Participations: French states in plausible shares, about one mission per 35 volunteers, consistent dates. */
class ParticipationsTest {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @TempDir
    Path dir;

    @Test
    void statesMissionsAndDates() throws Exception {
        Path file = dir.resolve("participations.csv");
        Expectations expectations = Fixtures.generate(file, "--departements", "56", "--count", "35k",
                "--export", "participations");
        assertEquals(1000, expectations.missions);
        List<List<String>> records = Fixtures.parseCsv(Files.readString(file), ',');
        Map<String, Integer> states = new HashMap<>();
        Set<String> missions = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (List<String> r : records.subList(1, records.size())) {
            assertTrue(ids.add(r.get(0)), "participation ids are unique");
            states.merge(r.get(1), 1, Integer::sum);
            missions.add(r.get(2));
            LocalDateTime start = LocalDateTime.parse(r.get(4), DATE_TIME);
            LocalDateTime created = LocalDateTime.parse(r.get(14), DATE_TIME);
            LocalDateTime modified = LocalDateTime.parse(r.get(15), DATE_TIME);
            if (!r.get(5).isEmpty()) {
                LocalDateTime end = LocalDateTime.parse(r.get(5), DATE_TIME);
                assertFalse(end.isBefore(start), "mission start after end: " + r);
                assertFalse(end.toLocalDate().isBefore(created.toLocalDate()), "applied after the end: " + r);
            }
            assertFalse(start.toLocalDate().isAfter(created.toLocalDate().plusDays(7)), "applied too early: " + r);
            assertFalse(modified.isBefore(created), "modified before created: " + r);
            assertFalse(created.toLocalDate().isBefore(LocalDate.of(2020, 3, 22)));
            assertFalse(modified.isAfter(SignupCalendar.END));
            LocalDate birth = LocalDate.parse(r.get(12));
            assertTrue(birth.isBefore(created.toLocalDate().minusYears(18)), "adult: " + r);
            assertTrue(r.get(13).isEmpty() || created.getYear() >= 2022, "slots exist from 2022: " + r);
            assertTrue(r.get(3).contains(" - "), "mission name with its commune: " + r.get(3));
        }
        assertEquals(Set.of("En attente de validation", "En cours de traitement", "Validée", "Refusée", "Annulée"),
                states.keySet());
        assertEquals(0.47, states.get("Validée") / 35_000.0, 0.02);
        assertEquals(0.22, states.get("En attente de validation") / 35_000.0, 0.02);
        assertTrue(missions.size() > 900 && missions.size() <= 1000, "missions used: " + missions.size());
    }
}
