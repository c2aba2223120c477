package org.maillage.onboarding.volunteers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;
import org.maillage.platform.api.territory.CommuneRef;

/**
 * A person who signed up to help, followed through the onboarding pipeline of one cooperation.
 *
 * <p>Identified within the cooperation by the normalised e-mail address. Values from imports only
 * fill what is empty ({@link #complete(Details)}): what a coordinator or the volunteer wrote is never
 * overwritten by a later export. The commune comes from the postcode: when the postcode serves
 * several communes the commune stays empty and the candidates are kept for the coordinator to settle.
 * The state changes only through {@link #moveTo}, by the rules of {@link VolunteerState}.
 */
@Entity
@Table(name = "onboarding_volunteer")
@TenantOwned
public class Volunteer {

    public static final int NAME_MAX = 100;

    @Id
    private String id;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    /** Normalised; null once the person's data is erased. */
    private String email;

    private String phone;

    @Column(name = "phone_key")
    private String phoneKey;

    private String postcode;

    @Column(name = "commune_code")
    private String communeCode;

    @Column(name = "commune_name")
    private String communeName;

    /** INSEE codes separated by spaces, when the postcode serves several communes and none is chosen yet. */
    @Column(name = "commune_candidates")
    private String communeCandidates;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    private String source;

    @Column(name = "jva_profile_id")
    private String jvaProfileId;

    private boolean consent;

    @Column(name = "consent_at")
    private OffsetDateTime consentAt;

    private String availability;

    private String interests;

    private String notes;

    @Enumerated(EnumType.STRING)
    private VolunteerState state;

    /** The state's position in {@link VolunteerState}'s order, for sorting by state in the database. */
    @Column(name = "state_rank")
    private int stateRank;

    @Column(name = "state_reason")
    private String stateReason;

    @Column(name = "state_changed_at")
    private OffsetDateTime stateChangedAt;

    /** Folded first name, last name, e-mail and commune, with a space before and after: what the search reads. */
    @Column(name = "search_text")
    private String searchText;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;

    /** When the person asked to receive no more campaign messages; null while they accept them. */
    @Column(name = "unsubscribed_at")
    private OffsetDateTime unsubscribedAt;

    /** Moved on to revoke every self-service link made before: a link names the generation it was made in. */
    @Column(name = "link_generation")
    private int linkGeneration;

    @Version
    private long version;

    protected Volunteer() {
    }

    public Volunteer(String email, String source, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.email = Objects.requireNonNull(Normalisation.email(email), "email");
        this.source = source;
        this.state = VolunteerState.NEW;
        this.stateRank = state.ordinal();
        this.stateChangedAt = now;
        this.createdAt = now;
        this.updatedAt = now;
        refreshSearch();
    }

    /**
     * What an import or a form knows about a volunteer; null for what it does not know.
     *
     * @param commune the commune of the postcode, resolved by the caller
     */
    public record Details(String firstName, String lastName, String phone, String postcode, Commune commune,
                          LocalDate birthDate, String jvaProfileId, String availability) {
    }

    /**
     * The commune a postcode leads to: one commune ({@code code} and {@code name}), or several
     * {@code candidates} and no code, or nothing for an unknown postcode.
     */
    public record Commune(String code, String name, List<String> candidates) {

        public Commune {
            candidates = candidates == null ? List.of() : List.copyOf(candidates);
        }

        public static final Commune UNKNOWN = new Commune(null, null, List.of());

        public boolean ambiguous() {
            return code == null && candidates.size() > 1;
        }
    }

    /**
     * Fills what is empty with what the details know; never overwrites.
     *
     * @return whether anything changed
     */
    public boolean complete(Details details, OffsetDateTime now) {
        boolean changed = false;
        if (firstName == null && details.firstName() != null) {
            firstName = details.firstName();
            changed = true;
        }
        if (lastName == null && details.lastName() != null) {
            lastName = details.lastName();
            changed = true;
        }
        if (phone == null && details.phone() != null) {
            phone = details.phone();
            phoneKey = Normalisation.phoneKey(details.phone());
            changed = true;
        }
        if (postcode == null && details.postcode() != null) {
            postcode = details.postcode();
            Commune commune = details.commune() == null ? Commune.UNKNOWN : details.commune();
            communeCode = commune.code();
            communeName = commune.name();
            communeCandidates = commune.ambiguous() ? String.join(" ", commune.candidates()) : null;
            changed = true;
        }
        if (birthDate == null && details.birthDate() != null) {
            birthDate = details.birthDate();
            changed = true;
        }
        if (jvaProfileId == null && details.jvaProfileId() != null) {
            jvaProfileId = details.jvaProfileId();
            changed = true;
        }
        if (availability == null && details.availability() != null) {
            availability = details.availability();
            changed = true;
        }
        if (changed) {
            updatedAt = now;
            refreshSearch();
        }
        return changed;
    }

    /** Settles the commune, chosen by a coordinator (among the candidates or not). */
    public void settleCommune(String code, String name, OffsetDateTime now) {
        this.communeCode = code;
        this.communeName = name;
        this.communeCandidates = null;
        this.updatedAt = now;
        refreshSearch();
    }

    /** Records what the person said through their self-service link; null keeps the current value. */
    public void answer(String availability, CommuneRef commune, OffsetDateTime now) {
        if (availability != null) {
            this.availability = availability.isBlank() ? null : availability.trim();
        }
        if (commune != null) {
            settleCommune(commune.code(), commune.nom(), now);
        }
        updatedAt = now;
    }

    /** Gives or withdraws the consent to keep and use the person's data (RGPD). */
    public void consent(boolean given, OffsetDateTime now) {
        if (given != consent) {
            consent = given;
            consentAt = given ? now : null;
            updatedAt = now;
        }
    }

    /** The person receives no more campaign messages. */
    public void unsubscribe(OffsetDateTime now) {
        if (unsubscribedAt == null) {
            unsubscribedAt = now;
            updatedAt = now;
        }
    }

    /**
     * Moves the volunteer to another state; the caller has checked {@link VolunteerState#allows}.
     *
     * @return the record of the change, to be stored
     */
    public VolunteerTransition moveTo(VolunteerState to, String reason, String by, OffsetDateTime at) {
        if (!state.allows(to)) {
            throw new IllegalStateException(state.refusal(to));
        }
        VolunteerTransition transition = new VolunteerTransition(this, state, to, reason, by, at);
        state = to;
        stateRank = to.ordinal();
        stateReason = reason;
        stateChangedAt = at;
        updatedAt = at;
        return transition;
    }

    /**
     * Anonymises the volunteer (RGPD erasure): every value that names or reaches the person is
     * cleared; the state (withdrawn), the dates, the source and the commune remain, for the counts.
     */
    public void erase(OffsetDateTime now) {
        firstName = null;
        lastName = null;
        email = null;
        phone = null;
        phoneKey = null;
        postcode = null;
        birthDate = null;
        jvaProfileId = null;
        availability = null;
        interests = null;
        notes = null;
        consent = false;
        consentAt = null;
        stateReason = null;
        communeCandidates = null;
        state = VolunteerState.WITHDRAWN;
        stateRank = state.ordinal();
        stateChangedAt = now;
        updatedAt = now;
        erasedAt = now;
        revokeLinks();
        searchText = null;
    }

    private void refreshSearch() {
        searchText = " " + String.join(" ", Arrays.asList(
                Normalisation.folded(firstName), Normalisation.folded(lastName),
                Normalisation.folded(email), Normalisation.folded(communeName))).replaceAll(" +", " ").trim() + " ";
    }

    public String id() {
        return id;
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

    public String phoneKey() {
        return phoneKey;
    }

    public String postcode() {
        return postcode;
    }

    public String communeCode() {
        return communeCode;
    }

    public String communeName() {
        return communeName;
    }

    /** @return the candidate communes of an ambiguous postcode, empty once settled */
    public List<String> communeCandidates() {
        return communeCandidates == null || communeCandidates.isBlank() ? List.of() : List.of(communeCandidates.split(" "));
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String source() {
        return source;
    }

    public String jvaProfileId() {
        return jvaProfileId;
    }

    public boolean consent() {
        return consent;
    }

    public OffsetDateTime consentAt() {
        return consentAt;
    }

    public String availability() {
        return availability;
    }

    public String interests() {
        return interests;
    }

    public String notes() {
        return notes;
    }

    public VolunteerState state() {
        return state;
    }

    public String stateReason() {
        return stateReason;
    }

    public OffsetDateTime stateChangedAt() {
        return stateChangedAt;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public OffsetDateTime erasedAt() {
        return erasedAt;
    }

    public OffsetDateTime unsubscribedAt() {
        return unsubscribedAt;
    }

    /** Every self-service link made for the person until now stops working. */
    public void revokeLinks() {
        linkGeneration++;
    }

    public int linkGeneration() {
        return linkGeneration;
    }

    public boolean erased() {
        return erasedAt != null;
    }

    public int stateRank() {
        return stateRank;
    }

    public String searchText() {
        return searchText;
    }

    /** @return the version read, or 0 for a volunteer not stored yet */
    public long version() {
        return version;
    }
}
