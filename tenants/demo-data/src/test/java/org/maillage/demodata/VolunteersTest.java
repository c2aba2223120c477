package org.maillage.demodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clean volunteers: unique valid e-mails, French mobiles, adult ages, the spring 2020 wave. */
class VolunteersTest {

    private static final Pattern MOBILE = Pattern.compile(
            "0[67] \\d\\d \\d\\d \\d\\d \\d\\d|0[67]\\d{8}|\\+33 [67] \\d\\d \\d\\d \\d\\d \\d\\d|\\+33[67]\\d{8}"
                    + "|0[67]\\.\\d\\d\\.\\d\\d\\.\\d\\d\\.\\d\\d");

    @TempDir
    Path dir;

    @Test
    void cleanEmailsAreUniqueIgnoringCaseAndValid() throws Exception {
        Path file = dir.resolve("full.csv");
        Fixtures.generate(file, "--departements", "56,35", "--count", "35k", "--profiles", "full");
        List<List<String>> records = Fixtures.parseCsv(Files.readString(file), ',');
        Set<String> emails = new HashSet<>();
        Set<String> domains = new HashSet<>();
        int mobiles = 0;
        for (List<String> record : records.subList(1, records.size())) {
            String email = record.get(3);
            assertTrue(Fixtures.VALID_EMAIL.matcher(email).matches(), email);
            assertEquals(email.toLowerCase(Locale.ROOT), email);
            assertTrue(emails.add(email), "duplicate e-mail " + email);
            domains.add(email.substring(email.indexOf('@') + 1));
            String mobile = record.get(6);
            if (!mobile.isEmpty()) {
                assertTrue(MOBILE.matcher(mobile).matches(), mobile);
                mobiles++;
            }
        }
        assertEquals(35_000, emails.size());
        assertTrue(domains.containsAll(List.of("gmail.com", "orange.fr", "free.fr", "laposte.net", "wanadoo.fr",
                "hotmail.fr", "sfr.fr", "yahoo.fr")), domains.toString());
        assertTrue(mobiles > 33_000, "mobiles: " + mobiles);
    }

    @Test
    void agesAndSignUpDates() {
        PersonGenerator people = new PersonGenerator(Fixtures.territory(List.of("56")), Fixtures.NAMES,
                new SignupCalendar(), 11, 20_000);
        LocalDateTime previous = LocalDateTime.MIN;
        int inWave = 0;
        int inFirstTwoWeeks = 0;
        int after2022 = 0;
        int from25to70 = 0;
        for (int i = 0; i < 20_000; i++) {
            Person person = people.next();
            LocalDateTime signedUp = person.signedUp();
            assertFalse(signedUp.isBefore(previous), "sign-ups come in order");
            previous = signedUp;
            assertFalse(signedUp.toLocalDate().isBefore(SignupCalendar.FIRST_DAY));
            assertFalse(signedUp.isAfter(SignupCalendar.END));
            int age = Period.between(person.birthDate(), signedUp.toLocalDate()).getYears();
            assertTrue(age >= 18 && age <= 86, "age " + age);
            from25to70 += age >= 25 && age <= 70 ? 1 : 0;
            LocalDate day = signedUp.toLocalDate();
            if (!day.isAfter(SignupCalendar.WAVE_LAST_DAY)) {
                inWave++;
                inFirstTwoWeeks += day.isBefore(SignupCalendar.FIRST_DAY.plusDays(14)) ? 1 : 0;
            }
            after2022 += day.getYear() >= 2022 ? 1 : 0;
        }
        assertEquals(0.88, inWave / 20_000.0, 0.015, "share of the spring wave");
        assertTrue(inFirstTwoWeeks > 0.6 * inWave, "first two weeks: " + inFirstTwoWeeks + " of " + inWave);
        assertTrue(after2022 > 0 && after2022 < 0.05 * 20_000, "after 2022: " + after2022);
        assertTrue(from25to70 > 0.75 * 20_000, "25-70: " + from25to70);
    }

    @Test
    void firstNamesFollowTheGenerations() {
        PersonGenerator people = new PersonGenerator(Fixtures.territory(List.of("35")), Fixtures.NAMES,
                new SignupCalendar(), 5, 20_000);
        int oldMoniques = 0;
        int youngMoniques = 0;
        for (int i = 0; i < 20_000; i++) {
            Person person = people.next();
            if (person.prenom().equals("Monique")) {
                if (person.birthDate().getYear() < 1960) {
                    oldMoniques++;
                } else if (person.birthDate().getYear() >= 1985) {
                    youngMoniques++;
                }
            }
        }
        assertTrue(oldMoniques > 10 * Math.max(1, youngMoniques), oldMoniques + " vs " + youngMoniques);
    }
}
