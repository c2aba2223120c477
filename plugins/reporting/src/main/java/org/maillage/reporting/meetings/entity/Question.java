package org.maillage.reporting.meetings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A question a cooperation raises for the commission's next meeting: network data, naming its cooperation
 * (not its author). Pending until a network admin puts it on a meeting's agenda.
 */
@Entity
@Table(name = "reporting_question")
public class Question {

    @Id
    private String id;

    @Column(name = "cooperation", nullable = false, updatable = false)
    private String cooperation;

    @Column(name = "text", nullable = false, updatable = false)
    private String text;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private OffsetDateTime askedAt;

    @Column(name = "meeting_id")
    private String meetingId;

    protected Question() {
    }

    public Question(String cooperation, String text, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.cooperation = cooperation;
        this.text = text;
        this.askedAt = now;
    }

    public void scheduleIn(String meeting) {
        this.meetingId = meeting;
    }

    public String id() {
        return id;
    }

    public String cooperation() {
        return cooperation;
    }

    public String text() {
        return text;
    }

    public OffsetDateTime askedAt() {
        return askedAt;
    }

    /** @return the meeting whose agenda holds it, or null while pending */
    public String meetingId() {
        return meetingId;
    }
}
