package org.maillage.reporting.meetings.boundary;

import jakarta.ws.rs.core.Response;
import org.maillage.reporting.meetings.control.MeetingCalendar;
import org.maillage.reporting.meetings.entity.Meeting;

/** A meeting's {@code .ics} download. */
final class MeetingCalendarResponse {

    static final String MEDIA_TYPE = MeetingCalendar.MEDIA_TYPE;

    private MeetingCalendarResponse() {
    }

    static Response of(Meeting meeting) {
        return Response.ok(MeetingCalendar.of(meeting), MEDIA_TYPE + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"commission-reseau-" + meeting.startsAt().toLocalDate() + ".ics\"")
                .build();
    }
}
