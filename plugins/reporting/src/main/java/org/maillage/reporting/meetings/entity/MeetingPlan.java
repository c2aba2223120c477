package org.maillage.reporting.meetings.entity;

import java.time.OffsetDateTime;
import java.util.Set;

/** When and where a meeting is held, and whom it invites (cooperation slugs). */
public record MeetingPlan(String title, OffsetDateTime startsAt, OffsetDateTime endsAt, String place, String videoLink,
                          Set<String> invited) {
}
