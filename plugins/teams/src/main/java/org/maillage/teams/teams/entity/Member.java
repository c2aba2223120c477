package org.maillage.teams.teams.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/**
 * A person's membership of one team, from the day they joined to the day they left. A person in
 * several teams has one membership in each. Their name and contact are copied here (from onboarding's
 * volunteer, whose id is kept, or as entered), so that the team works without onboarding.
 */
@Entity
@Table(name = "teams_member")
@TenantOwned
public class Member {

    @Id
    private String id;

    /** Concurrent edits of the row: the second to commit gets a 409. */
    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(name = "volunteer_id")
    private String volunteerId;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    /** Normalised (trimmed, lower case); null when unknown or erased. */
    private String email;

    private String phone;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected Member() {
    }

    public Member(Team team, String volunteerId, String firstName, String lastName, String email, String phone,
                  LocalDate joinedOn, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.team = team;
        this.volunteerId = volunteerId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.phone = phone;
        this.joinedOn = joinedOn;
        this.createdAt = now;
    }

    public void leave(LocalDate on) {
        this.leftOn = on;
    }

    /** Anonymises the membership (RGPD erasure): the dates stay for the counts. */
    public void erase(OffsetDateTime now) {
        volunteerId = null;
        firstName = null;
        lastName = null;
        email = null;
        phone = null;
        erasedAt = now;
    }

    public String id() {
        return id;
    }

    public Team team() {
        return team;
    }

    public String volunteerId() {
        return volunteerId;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public LocalDate leftOn() {
        return leftOn;
    }

    public boolean current() {
        return leftOn == null && erasedAt == null;
    }

    public boolean erased() {
        return erasedAt != null;
    }
}
