package org.maillage.onboarding.volunteers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.onboarding.volunteers.entity.VolunteerTransition;
import org.maillage.platform.api.bulk.BulkWrite;
import org.maillage.platform.api.bulk.BulkWriter;

/**
 * Writes many volunteers and transitions at once, set-based, through the platform's {@link BulkWriter}: for imports.
 * Joins the caller's transaction; the volunteers given must not be managed by its EntityManager (detached, or new).
 *
 * <p>A volunteer is inserted when its address is new in the cooperation; otherwise the stored one takes the values
 * an import may change (names, phone, postcode and commune, birth date, JeVeuxAider id, availability, state, search
 * text, time of change), but only if it is still the one read — same id, same version — and its version goes up.
 * What a coordinator or the volunteer changed meanwhile is never overwritten: such a volunteer is not written, and
 * {@link #store} says so by its count.
 */
@ApplicationScoped
public class BulkVolunteers {

    static final BulkWrite VOLUNTEERS = BulkWrite.insert("onboarding_volunteer", "id", "first_name", "last_name", "email", "phone",
                    "phone_key", "postcode", "commune_code", "commune_name", "commune_candidates", "birth_date", "source",
                    "jva_profile_id", "consent", "consent_at", "availability", "interests", "notes", "state", "state_rank",
                    "state_reason", "state_changed_at", "search_text", "created_at", "updated_at", "erased_at", "unsubscribed_at",
                    "link_generation", "version")
            .onConflict("email")
            .updating("first_name", "last_name", "phone", "phone_key", "postcode", "commune_code", "commune_name",
                    "commune_candidates", "birth_date", "jva_profile_id", "availability", "state", "state_rank", "state_reason",
                    "state_changed_at", "search_text", "updated_at")
            .expecting("id", "version")
            .incrementing("version");

    static final BulkWrite TRANSITIONS = BulkWrite.insert("onboarding_volunteer_transition", "id", "volunteer_id", "from_state",
            "to_state", "reason", "changed_by", "changed_at");

    @Inject
    BulkWriter writer;

    /**
     * @param volunteers each address at most once
     * @return how many were written: fewer than given when some changed since they were read
     */
    public long store(Collection<Volunteer> volunteers) {
        return writer.write(VOLUNTEERS, volunteers.stream().map(BulkVolunteers::row).toList());
    }

    /** Stores the transitions; their volunteers are stored already. */
    public void storeTransitions(Collection<VolunteerTransition> transitions) {
        writer.write(TRANSITIONS, transitions.stream().map(t -> new Object[]{
                t.id(), t.volunteerId(), t.from(), t.to(), t.reason(), t.by(), t.at()}).toList());
    }

    private static Object[] row(Volunteer v) {
        List<String> candidates = v.communeCandidates();
        return new Object[]{v.id(), v.firstName(), v.lastName(), v.email(), v.phone(), v.phoneKey(), v.postcode(), v.communeCode(),
                v.communeName(), candidates.isEmpty() ? null : String.join(" ", candidates), v.birthDate(), v.source(),
                v.jvaProfileId(), v.consent(), v.consentAt(), v.availability(), v.interests(), v.notes(), v.state(), v.stateRank(),
                v.stateReason(), v.stateChangedAt(), v.searchText(), v.createdAt(), v.updatedAt(), v.erasedAt(), v.unsubscribedAt(),
                v.linkGeneration(), v.version()};
    }
}
