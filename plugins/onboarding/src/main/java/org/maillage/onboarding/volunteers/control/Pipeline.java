package org.maillage.onboarding.volunteers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.onboarding.volunteers.entity.VolunteerState;
import org.maillage.onboarding.volunteers.entity.VolunteerStateChanged;
import org.maillage.onboarding.volunteers.entity.VolunteerTransition;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.tenant.TenantContext;

/**
 * Moves volunteers through the pipeline: checks the move against {@link VolunteerState}, records it
 * and fires {@link VolunteerStateChanged}. Joins the caller's transaction.
 */
@ApplicationScoped
public class Pipeline {

    static final int REASON_MAX = 500;
    private static final int CHUNK = 500;

    @Inject
    Volunteers volunteers;

    @Inject
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Inject
    Event<VolunteerStateChanged> changed;

    /** What a bulk move did to the selection. */
    public record BulkResult(long matched, long changed, long refused) {
    }

    /**
     * @throws ApiError 409 when the move is not allowed from the volunteer's state, 400 when a reason
     *                  is needed and missing or too long
     */
    public VolunteerTransition move(Volunteer volunteer, VolunteerState to, String reason, String by) {
        String why = reason(reason);
        if (!volunteer.state().allows(to)) {
            throw new ApiError(409, volunteer.state().refusal(to));
        }
        if (volunteer.state().needsReason(to) && why == null) {
            throw ApiError.invalidField("reason", "est obligatoire pour passer de « " + volunteer.state().label()
                    + " » à « " + to.label() + " »");
        }
        return record(volunteer, to, why, by);
    }

    /**
     * Moves the volunteer without the checks of a request (the caller checked {@link VolunteerState#allows}),
     * records the move and announces it.
     */
    public VolunteerTransition record(Volunteer volunteer, VolunteerState to, String reason, String by) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        VolunteerTransition transition = volunteer.moveTo(to, reason, by, now);
        volunteers.add(transition);
        announce(transition);
        return transition;
    }

    /** Fires {@link VolunteerStateChanged} for a transition the caller stored (imports store theirs in bulk). */
    public void announce(VolunteerTransition transition) {
        changed.fire(new VolunteerStateChanged(tenant.slug(), transition.volunteerId(), transition.from(), transition.to(),
                transition.reason(), transition.by(), transition.at()));
    }

    /** Moves every volunteer of the selection that may move to {@code to}; the others are counted as refused. */
    public BulkResult moveAll(VolunteerFilter filter, VolunteerState to, String reason, String by) {
        String why = reason(reason);
        if ((to == VolunteerState.INACTIVE || to == VolunteerState.WITHDRAWN) && why == null) {
            throw ApiError.invalidField("reason", "est obligatoire pour passer à « " + to.label() + " »");
        }
        long matched = 0;
        long moved = 0;
        String after = "";
        while (true) {
            List<String> ids = volunteers.ids(filter, after, CHUNK);
            if (ids.isEmpty()) {
                break;
            }
            for (Volunteer volunteer : volunteers.withIds(ids)) {
                matched++;
                if (volunteer.state().allows(to) && (why != null || !volunteer.state().needsReason(to))) {
                    record(volunteer, to, why, by);
                    moved++;
                }
            }
            after = ids.get(ids.size() - 1);
            em.flush();
            em.clear();
        }
        return new BulkResult(matched, moved, matched - moved);
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String trimmed = reason.trim();
        if (trimmed.length() > REASON_MAX) {
            throw ApiError.invalidField("reason", "ne doit pas dépasser " + REASON_MAX + " caractères");
        }
        return trimmed;
    }
}
