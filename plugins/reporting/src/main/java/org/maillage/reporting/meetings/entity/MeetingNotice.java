package org.maillage.reporting.meetings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/**
 * What a cooperation has been told by e-mail about one meeting: invited for these times, minutes sent or not.
 * The cooperation's own row, written with the message it records, so that each message goes once.
 */
@Entity
@Table(name = "reporting_meeting_notice")
@TenantOwned
public class MeetingNotice {

    @Id
    private String id;

    @Column(name = "meeting_id", nullable = false)
    private String meetingId;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @Column(name = "minutes_sent", nullable = false)
    private boolean minutesSent;

    @Column(name = "told_at", nullable = false)
    private OffsetDateTime toldAt;

    @Version
    private long version;

    protected MeetingNotice() {
    }

    /** The cooperation is told of the meeting as planned now. */
    public MeetingNotice(Meeting meeting, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.meetingId = meeting.id();
        retimed(meeting, now);
    }

    /** @return whether the meeting's times differ from those the cooperation was told */
    public boolean outdatedBy(Meeting meeting) {
        return !startsAt.isEqual(meeting.startsAt()) || !endsAt.isEqual(meeting.endsAt());
    }

    /** The cooperation is told the meeting's current times. */
    public void retimed(Meeting meeting, OffsetDateTime now) {
        this.startsAt = meeting.startsAt();
        this.endsAt = meeting.endsAt();
        this.toldAt = now;
    }

    public void minutesSent(OffsetDateTime now) {
        this.minutesSent = true;
        this.toldAt = now;
    }

    public boolean minutesSent() {
        return minutesSent;
    }

    public String meetingId() {
        return meetingId;
    }

    public OffsetDateTime startsAt() {
        return startsAt;
    }

    public OffsetDateTime endsAt() {
        return endsAt;
    }
}
