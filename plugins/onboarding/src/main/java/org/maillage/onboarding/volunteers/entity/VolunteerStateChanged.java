package org.maillage.onboarding.volunteers.entity;

import java.time.OffsetDateTime;
import org.maillage.platform.api.event.TenantEvent;

/** Fired after each change of a volunteer's state, by a coordinator or an import; other plugins may observe it. */
public record VolunteerStateChanged(String tenant, String volunteerId, VolunteerState from, VolunteerState to,
                                    String reason, String by, OffsetDateTime at) implements TenantEvent {
}
