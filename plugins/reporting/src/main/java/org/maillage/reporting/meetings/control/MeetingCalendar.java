package org.maillage.reporting.meetings.control;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.maillage.reporting.meetings.entity.AgendaItem;
import org.maillage.reporting.meetings.entity.Meeting;

/**
 * A meeting as an iCalendar file (RFC 5545): one VEVENT whose UID is the meeting's, times in UTC, the
 * agenda in the description, {@code SEQUENCE} the meeting's version (a calendar that imported it replaces
 * it when it changes). Text values escaped (§3.3.11), lines folded at 75 octets (§3.1), CRLF line ends.
 */
public final class MeetingCalendar {

    public static final String MEDIA_TYPE = "text/calendar";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private MeetingCalendar() {
    }

    public static String of(Meeting meeting) {
        List<String> lines = new ArrayList<>(List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Maillage//Commission reseau//FR",
                "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "BEGIN:VEVENT",
                "UID:" + meeting.id() + "@maillage",
                "DTSTAMP:" + utc(meeting.updatedAt()),
                "DTSTART:" + utc(meeting.startsAt()),
                "DTEND:" + utc(meeting.endsAt()),
                "SEQUENCE:" + meeting.version(),
                "SUMMARY:" + text("Commission réseau : " + meeting.title())));
        String where = meeting.place() != null ? meeting.place() : meeting.videoLink();
        lines.add("LOCATION:" + text(where));
        if (meeting.videoLink() != null) {
            lines.add("URL:" + meeting.videoLink());
        }
        lines.add("DESCRIPTION:" + text(description(meeting)));
        lines.addAll(List.of("END:VEVENT", "END:VCALENDAR"));
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(folded(line)).append("\r\n"));
        return out.toString();
    }

    private static String description(Meeting meeting) {
        StringBuilder text = new StringBuilder("Ordre du jour :");
        List<AgendaItem> agenda = meeting.agenda();
        if (agenda.isEmpty()) {
            text.append("\nà venir");
        }
        IntStream.range(0, agenda.size()).forEach(i -> text.append('\n').append(i + 1).append(". ").append(agenda.get(i).title()));
        if (meeting.videoLink() != null) {
            text.append("\n\nVisioconférence : ").append(meeting.videoLink());
        }
        return text.toString();
    }

    static String utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).format(UTC);
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line ends. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n");
    }

    /** Folds a content line into lines of at most 75 octets, never inside a UTF-8 character. */
    static String folded(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
