package org.maillage.onboarding.actions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/**
 * A local mission a coordinator offers to new volunteers as their first act of solidarity: what,
 * where (a commune of the cooperation), when (from one day to another), how many places, with which
 * partner. {@code placesTaken} counts the enrolled volunteers; it changes only through a conditional
 * update (see {@link org.maillage.onboarding.actions.control.Places}), never through this object.
 */
@Entity
@Table(name = "onboarding_first_action")
@TenantOwned
public class FirstAction {

    @Id
    private String id;

    private String title;

    private String description;

    @Column(name = "commune_code")
    private String communeCode;

    @Column(name = "commune_name")
    private String communeName;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    /** Set at creation; later changes go through {@link org.maillage.onboarding.actions.control.Places}. */
    @Column(updatable = false)
    private int places;

    @Column(name = "places_taken", updatable = false)
    private int placesTaken;

    private String partner;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected FirstAction() {
    }

    private FirstAction(OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** What a coordinator writes about an action; checked by the caller. */
    public record Details(String title, String description, String communeCode, String communeName,
                          LocalDate startsOn, LocalDate endsOn, int places, String partner) {
    }

    /** Describes a new action, with its number of places. */
    public FirstAction(Details details, OffsetDateTime now) {
        this(now);
        describe(details, now);
        places = details.places();
    }

    /** Changes what the action is; its number of places changes apart, under the rule of the places taken. */
    public void describe(Details details, OffsetDateTime now) {
        title = details.title();
        description = details.description();
        communeCode = details.communeCode();
        communeName = details.communeName();
        startsOn = details.startsOn();
        endsOn = details.endsOn();
        partner = details.partner();
        updatedAt = now;
    }

    /** @return whether the action is not over on {@code day} */
    public boolean upcoming(LocalDate day) {
        return !endsOn.isBefore(day);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String communeCode() {
        return communeCode;
    }

    public String communeName() {
        return communeName;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public int places() {
        return places;
    }

    public int placesTaken() {
        return placesTaken;
    }

    public int placesLeft() {
        return Math.max(0, places - placesTaken);
    }

    public String partner() {
        return partner;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
