package org.maillage.onboarding.actions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.platform.api.tenant.TenantOwned;

/**
 * A volunteer with a first action: enrolled, waiting, done or left. One per volunteer and action;
 * asking again reuses it. {@code askedAt} orders the waiting list (first come, first served).
 */
@Entity
@Table(name = "onboarding_participation")
@TenantOwned
public class Participation {

    @Id
    private String id;

    /** Concurrent edits of the row: the second to commit gets a 409. */
    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "action_id")
    private FirstAction action;

    @ManyToOne(optional = false)
    @JoinColumn(name = "volunteer_id")
    private Volunteer volunteer;

    @Enumerated(EnumType.STRING)
    private ParticipationStatus status;

    /** Whether a coordinator put the volunteer on the action, rather than the volunteer applying. */
    private boolean assigned;

    @Column(name = "asked_at")
    private OffsetDateTime askedAt;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    protected Participation() {
    }

    public Participation(FirstAction action, Volunteer volunteer, ParticipationStatus status, boolean assigned, String by, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.action = action;
        this.volunteer = volunteer;
        this.status = status;
        this.assigned = assigned;
        this.askedAt = now;
        this.changedAt = now;
        this.changedBy = by;
    }

    /** Asks again (after leaving): back at the end of the queue. */
    public void askAgain(ParticipationStatus status, boolean assigned, String by, OffsetDateTime now) {
        this.status = status;
        this.assigned = assigned;
        this.askedAt = now;
        change(status, by, now);
    }

    public void change(ParticipationStatus to, String by, OffsetDateTime now) {
        this.status = to;
        this.changedAt = now;
        this.changedBy = by;
    }

    /** Forgets who changed it last, when that was the erased person themselves. */
    public void eraseAuthor() {
        this.changedBy = "personne effacée";
    }

    public String id() {
        return id;
    }

    public FirstAction action() {
        return action;
    }

    public Volunteer volunteer() {
        return volunteer;
    }

    public ParticipationStatus status() {
        return status;
    }

    public boolean assigned() {
        return assigned;
    }

    public OffsetDateTime askedAt() {
        return askedAt;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }
}
