package org.maillage.teams.teams.entity;

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

/** One change of a team's status: from, to, why, who (the caller's login) and when. */
@Entity
@Table(name = "teams_team_transition")
@TenantOwned
public class TeamTransition {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private TeamStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private TeamStatus to;

    private String reason;

    @Column(name = "changed_by")
    private String by;

    @Column(name = "changed_at")
    private OffsetDateTime at;

    protected TeamTransition() {
    }

    TeamTransition(Team team, TeamStatus from, TeamStatus to, String reason, String by, OffsetDateTime at) {
        this.id = UUID.randomUUID().toString();
        this.team = team;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.by = by;
        this.at = at;
    }

    public TeamStatus from() {
        return from;
    }

    public TeamStatus to() {
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
