package org.maillage.teams.teams.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/**
 * A citizen team of a cooperation: carried by a non-profit, with a shared project and a signed
 * charter, acting in one or more communes, run by its referents (their logins). Its status changes
 * only through {@link #moveTo}, by the rules of {@link TeamStatus}.
 */
@Entity
@Table(name = "teams_team")
@TenantOwned
public class Team {

    @Id
    private String id;

    private String name;

    private String carrier;

    private String project;

    @Column(name = "charter_signed_on")
    private LocalDate charterSignedOn;

    @Enumerated(EnumType.STRING)
    private TeamStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "status_changed_at")
    private OffsetDateTime statusChangedAt;

    /** INSEE codes, see {@link Words}. */
    @Column(name = "commune_codes")
    private String communeCodes;

    /** Logins of the referents, see {@link Words}. */
    private String referents;

    private boolean welcoming;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Team() {
    }

    public Team(String name, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.name = name;
        this.status = TeamStatus.PROJECT;
        this.statusChangedAt = now;
        this.communeCodes = Words.join(List.of());
        this.referents = Words.join(List.of());
        this.welcoming = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** What a coordinator or referent writes about a team; the caller has checked each value. */
    public record Details(String name, String carrier, String project, LocalDate charterSignedOn,
                          List<String> communeCodes, List<String> referents, boolean welcoming) {
    }

    public void describe(Details details, OffsetDateTime now) {
        name = details.name();
        carrier = details.carrier();
        project = details.project();
        charterSignedOn = details.charterSignedOn();
        communeCodes = Words.join(details.communeCodes());
        referents = Words.join(details.referents());
        welcoming = details.welcoming();
        updatedAt = now;
    }

    /**
     * Moves the team to another status; the caller has checked {@link TeamStatus#allows}.
     *
     * @return the record of the change, to be stored
     */
    public TeamTransition moveTo(TeamStatus to, String reason, String by, OffsetDateTime at) {
        if (!status.allows(to)) {
            throw new IllegalStateException(status.refusal(to));
        }
        TeamTransition transition = new TeamTransition(this, status, to, reason, by, at);
        status = to;
        statusReason = reason;
        statusChangedAt = at;
        updatedAt = at;
        return transition;
    }

    /** Removes a referent (RGPD erasure of that login). @return whether it was one */
    public boolean dropReferent(String login, OffsetDateTime now) {
        List<String> logins = referents();
        if (!logins.contains(login)) {
            return false;
        }
        referents = Words.join(logins.stream().filter(l -> !l.equals(login)).toList());
        updatedAt = now;
        return true;
    }

    public boolean referredBy(String login) {
        return referents().contains(login);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String carrier() {
        return carrier;
    }

    public String project() {
        return project;
    }

    public LocalDate charterSignedOn() {
        return charterSignedOn;
    }

    public TeamStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public OffsetDateTime statusChangedAt() {
        return statusChangedAt;
    }

    public List<String> communeCodes() {
        return Words.split(communeCodes);
    }

    public List<String> referents() {
        return Words.split(referents);
    }

    public boolean welcoming() {
        return welcoming;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
