package org.maillage.reporting.meetings.boundary;

import java.time.OffsetDateTime;
import org.maillage.reporting.meetings.entity.Question;

/** @param meetingId the meeting whose agenda holds the question, or null while it waits */
public record QuestionView(String id, String cooperation, String text, OffsetDateTime askedAt, String meetingId) {

    static QuestionView of(Question q) {
        return new QuestionView(q.id(), q.cooperation(), q.text(), q.askedAt(), q.meetingId());
    }
}
