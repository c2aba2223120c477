package org.maillage.onboarding.volunteers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/** One change of a volunteer's state: from, to, why, who (the caller's login) and when. Never changed afterwards, except its reason erased with the person. */
@Entity
@Table(name = "onboarding_volunteer_transition")
@TenantOwned
public class VolunteerTransition {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "volunteer_id")
    private Volunteer volunteer;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private VolunteerState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private VolunteerState to;

    private String reason;

    @Column(name = "changed_by")
    private String by;

    @Column(name = "changed_at")
    private OffsetDateTime at;

    protected VolunteerTransition() {
    }

    VolunteerTransition(Volunteer volunteer, VolunteerState from, VolunteerState to, String reason, String by, OffsetDateTime at) {
        this.id = UUID.randomUUID().toString();
        this.volunteer = volunteer;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.by = by;
        this.at = at;
    }

    public String id() {
        return id;
    }

    public String volunteerId() {
        return volunteer.id();
    }

    public VolunteerState from() {
        return from;
    }

    public VolunteerState to() {
        return to;
    }

    public String reason() {
        return reason;
    }

    public String by() {
        return by;
    }

    public OffsetDateTime at() {
        return at;
    }
}
