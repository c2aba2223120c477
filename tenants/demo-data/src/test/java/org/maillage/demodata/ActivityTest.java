package org.maillage.demodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --export activity}: same options, same bytes; counts that match the document; dates inside the year. */
class ActivityTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 12, 6);

    @TempDir
    Path dir;

    private Path run(String name, String... extra) {
        Path out = dir.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("--export", "activity", "--departements", "56", "--until",
                UNTIL.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out;
    }

    @Test
    void sameOptionsSameBytesOtherSeedOtherData() throws Exception {
        Path a = run("a.json", "--seed", "7", "--teams", "40");
        Path b = run("b.json", "--seed", "7", "--teams", "40");
        Path c = run("c.json", "--seed", "8", "--teams", "40");
        assertEquals(Fixtures.sha256(a), Fixtures.sha256(b));
        assertNotEquals(Fixtures.sha256(a), Fixtures.sha256(c));
        assertEquals(Files.readString(DemoData.expectationsFile(a)), Files.readString(DemoData.expectationsFile(b)));
    }

    @Test
    void countsMatchTheDocument() throws Exception {
        Path out = run("m.json", "--seed", "56", "--teams", "200");
        String json = Files.readString(out);
        String expect = Files.readString(DemoData.expectationsFile(out));

        assertEquals(200, count(json, "\"status\":"));
        assertEquals(number(expect, "teams"), 200);
        assertEquals(number(expect, "active"), count(json, "\"status\":\"ACTIVE\""));
        assertEquals(number(expect, "dormant"), count(json, "\"status\":\"DORMANT\""));
        assertEquals(number(expect, "projects"), count(json, "\"status\":\"PROJECT\""));
        assertEquals(number(expect, "members"), count(json, "\"joinedOn\":"));
        assertEquals(number(expect, "membersLeft"), count(json, "\"leftOn\":\""));
        assertEquals(number(expect, "visits"), count(json, "\"doneOn\":"));
        assertEquals(number(expect, "partners"), count(json, "\"key\":"));
        // Proportions the national benchmark relies on: about 20 visits a team, most teams active.
        assertTrue(number(expect, "visits") > 200 * 15 && number(expect, "visits") < 200 * 25, expect);
        assertTrue(number(expect, "active") > 130 && number(expect, "dormant") > 5 && number(expect, "projects") > 10, expect);

        long people = 0;
        BigDecimal hours = BigDecimal.ZERO;
        Set<String> months = new HashSet<>();
        Matcher visit = Pattern.compile("\\{\"doneOn\":\"([0-9-]+)\",\"kind\":\"[a-z-]+\",\"commune\":\"56\\d{3}\","
                + "\"peopleMet\":(\\d+),\"volunteerHours\":([0-9.]+)}").matcher(json);
        int visits = 0;
        while (visit.find()) {
            LocalDate day = LocalDate.parse(visit.group(1));
            assertFalse(day.isAfter(UNTIL), day.toString());
            assertTrue(day.isAfter(UNTIL.minusMonths(12)), day.toString());
            months.add(day.toString().substring(0, 7));
            people += Long.parseLong(visit.group(2));
            hours = hours.add(new BigDecimal(visit.group(3)));
            visits++;
        }
        assertEquals(number(expect, "visits"), visits);
        assertEquals(number(expect, "peopleMet"), people);
        assertEquals(0, new BigDecimal(text(expect, "volunteerHours")).compareTo(hours));
        assertEquals(13, months.size(), "the twelve months ending on the 6th of December touch 13 calendar months: " + months);
        // Projects have no visits.
        for (String team : json.split("\n\\{\"name\":")) {
            if (team.contains("\"status\":\"PROJECT\"")) {
                assertFalse(team.contains("\"doneOn\""), team);
            }
        }
    }

    @Test
    void untilIsRequired() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"--export", "activity", "--departements", "56", "--out", dir.resolve("x.json").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--until"), err.toString(StandardCharsets.UTF_8));
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }

    private static long number(String json, String key) {
        return Long.parseLong(text(json, key));
    }

    private static String text(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\"?([^,\"}]+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return m.group(1);
    }
}
