package org.maillage.reporting.meetings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.maillage.reporting.meetings.entity.AgendaItem;
import org.maillage.reporting.meetings.entity.AgendaKind;
import org.maillage.reporting.meetings.entity.Meeting;
import org.maillage.reporting.meetings.entity.MeetingPlan;

/** The {@code .ics} file read back by a small RFC 5545 parser: unfolding, properties, unescaping. */
class MeetingCalendarTest {

    /** Parses the properties of the single VEVENT; fails on anything a reader would choke on. */
    static Map<String, String> event(String ics) {
        assertTrue(ics.endsWith("\r\n"), "content lines end with CRLF");
        for (String physical : ics.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, "line longer than 75 octets: " + physical);
            assertFalse(physical.contains("\n") || physical.contains("\r"), "bare line end in: " + physical);
        }
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        List<String> lines = List.of(unfolded.split("\r\n"));
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
        Map<String, String> event = new LinkedHashMap<>();
        List<String> stack = new ArrayList<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            assertTrue(colon > 0, "not a content line: " + line);
            String name = line.substring(0, colon).split(";")[0];
            String value = line.substring(colon + 1);
            if (name.equals("BEGIN")) {
                stack.add(value);
            } else if (name.equals("END")) {
                assertEquals(stack.remove(stack.size() - 1), value);
            } else if (stack.equals(List.of("VCALENDAR", "VEVENT"))) {
                assertFalse(event.containsKey(name), "twice: " + name);
                event.put(name, value);
            }
        }
        assertTrue(stack.isEmpty());
        return event;
    }

    /** TEXT unescaping (RFC 5545 §3.3.11); a lone backslash before anything else is an error. */
    static String text(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ';' || c == ',') {
                throw new AssertionError("unescaped " + c + " in " + value);
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = value.charAt(++i);
            switch (next) {
                case 'n', 'N' -> out.append('\n');
                case '\\', ';', ',' -> out.append(next);
                default -> throw new AssertionError("bad escape \\" + next + " in " + value);
            }
        }
        return out.toString();
    }

    @Test
    void aMeetingReadsBackWithItsUidTimesInUtcAndEscapedText() {
        Meeting meeting = new Meeting(new MeetingPlan("Bilan; semestre, \\ et suites", OffsetDateTime.parse("2027-01-14T14:00+01:00"),
                OffsetDateTime.parse("2027-01-14T16:30+01:00"), "Salle Jean-Moulin, 3 rue de la Paix; Paris", null, Set.of("morbihan")),
                OffsetDateTime.parse("2026-12-06T10:00Z"));
        meeting.add(new AgendaItem(AgendaKind.NETWORK, "Les zones blanches du Morbihan, commune par commune : où en sommes-nous vraiment ?",
                null, null), OffsetDateTime.parse("2026-12-06T10:00Z"));
        meeting.add(new AgendaItem(AgendaKind.QUESTION, "Première ligne\nseconde ligne", "morbihan", "q1"), OffsetDateTime.parse("2026-12-06T10:00Z"));

        Map<String, String> event = event(MeetingCalendar.of(meeting));

        assertEquals(meeting.id() + "@maillage", event.get("UID"));
        assertEquals("20270114T130000Z", event.get("DTSTART"));
        assertEquals("20270114T153000Z", event.get("DTEND"));
        assertEquals("20261206T100000Z", event.get("DTSTAMP"));
        assertEquals("Commission réseau : Bilan; semestre, \\ et suites", text(event.get("SUMMARY")));
        assertEquals("Salle Jean-Moulin, 3 rue de la Paix; Paris", text(event.get("LOCATION")));
        assertEquals("Ordre du jour :\n1. Les zones blanches du Morbihan, commune par commune : où en sommes-nous vraiment ?"
                + "\n2. Première ligne\nseconde ligne", text(event.get("DESCRIPTION")));
        assertFalse(event.containsKey("URL"));
    }

    @Test
    void aVideoMeetingGivesItsLinkAsLocationAndUrl() {
        Meeting meeting = new Meeting(new MeetingPlan("Visio", OffsetDateTime.parse("2027-06-01T09:00Z"), OffsetDateTime.parse("2027-06-01T10:00Z"),
                null, "https://visio.example.fr/commission?salle=42", Set.of()), OffsetDateTime.parse("2026-12-06T10:00Z"));

        Map<String, String> event = event(MeetingCalendar.of(meeting));

        assertEquals("https://visio.example.fr/commission?salle=42", event.get("URL"));
        assertEquals("https://visio.example.fr/commission?salle=42", text(event.get("LOCATION")));
        assertTrue(text(event.get("DESCRIPTION")).endsWith("Visioconférence : https://visio.example.fr/commission?salle=42"));
    }

    @Test
    void foldingNeverSplitsACharacter() {
        String line = "SUMMARY:" + "é".repeat(100);
        String folded = MeetingCalendar.folded(line);
        for (String part : folded.split("\r\n")) {
            assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 75, part);
        }
        assertEquals(line, folded.replace("\r\n ", ""));
    }
}
