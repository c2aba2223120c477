package org.maillage.teams.teams.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/**
 * A visit or action of a team, as the charter allows recording it: when, what kind, where, how many
 * people were met and how many volunteer hours it took. The people met are not identified: at most
 * {@code firstNames} holds first names or initials; there is no free text (see the package's decisions).
 * {@code participants} holds the ids of the members who took part, for their own RGPD export.
 */
@Entity
@Table(name = "teams_action")
@TenantOwned
public class TeamAction {

    public static final int FIRST_NAMES_MAX = 60;

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(name = "done_on")
    private LocalDate doneOn;

    private String kind;

    @Column(name = "commune_code")
    private String communeCode;

    @Column(name = "people_met")
    private int peopleMet;

    @Column(name = "volunteer_hours")
    private BigDecimal volunteerHours;

    @Column(name = "first_names")
    private String firstNames;

    /** Member ids, see {@link Words}. */
    private String participants;

    @Column(name = "logged_by")
    private String loggedBy;

    @Column(name = "logged_at")
    private OffsetDateTime loggedAt;

    protected TeamAction() {
    }

    public TeamAction(Team team, LocalDate doneOn, String kind, String communeCode, int peopleMet, BigDecimal volunteerHours,
                      String firstNames, List<String> participants, String loggedBy, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.team = team;
        this.doneOn = doneOn;
        this.kind = kind;
        this.communeCode = communeCode;
        this.peopleMet = peopleMet;
        this.volunteerHours = volunteerHours;
        this.firstNames = firstNames;
        this.participants = Words.join(participants);
        this.loggedBy = loggedBy;
        this.loggedAt = now;
    }

    /** Forgets that a member took part (RGPD erasure): the action and its hours stay, anonymous. */
    public void dropParticipant(String memberId) {
        participants = Words.join(participants().stream().filter(p -> !p.equals(memberId)).toList());
    }

    public String id() {
        return id;
    }

    public Team team() {
        return team;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public String kind() {
        return kind;
    }

    public String communeCode() {
        return communeCode;
    }

    public int peopleMet() {
        return peopleMet;
    }

    public BigDecimal volunteerHours() {
        return volunteerHours;
    }

    public String firstNames() {
        return firstNames;
    }

    public List<String> participants() {
        return Words.split(participants);
    }

    public String loggedBy() {
        return loggedBy;
    }
}
