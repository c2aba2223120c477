package org.maillage.reporting.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.tenant.NetworkData;
import org.maillage.reporting.meetings.entity.Decision;
import org.maillage.reporting.meetings.entity.Meeting;
import org.maillage.reporting.meetings.entity.MeetingPlan;

/**
 * The commission réseau's meetings (network data). A cooperation reads only the meetings it is invited to:
 * any other is "not found" for it, exactly like one that does not exist. Every change carries the version
 * the person read: a stale one is a 409.
 */
@ApplicationScoped
public class Meetings {

    static final String NOT_FOUND = "Cette réunion de la commission réseau n’existe pas.";

    @Inject
    @NetworkData
    EntityManager em;

    @Inject
    Invitations invitations;

    public List<Meeting> all() {
        return em.createQuery("select m from Meeting m order by m.startsAt desc", Meeting.class).getResultList();
    }

    /** @return the meetings {@code cooperation} is invited to, the latest first */
    public List<Meeting> invitedOf(String cooperation) {
        return em.createQuery("select distinct m from Meeting m join m.invited c where c = :cooperation order by m.startsAt desc",
                Meeting.class).setParameter("cooperation", cooperation).getResultList();
    }

    public Meeting existing(String id) {
        return Optional.ofNullable(id).map(i -> em.find(Meeting.class, i)).orElseThrow(() -> new ApiError(404, NOT_FOUND));
    }

    /** @return the meeting if {@code cooperation} is invited to it; otherwise a 404, as if it did not exist */
    public Meeting seenBy(String cooperation, String id) {
        Meeting meeting = existing(id);
        if (!meeting.invites(cooperation)) {
            throw new ApiError(404, NOT_FOUND);
        }
        return meeting;
    }

    public Meeting create(MeetingPlan plan, OffsetDateTime now) {
        Meeting meeting = new Meeting(invitations.checked(plan), now);
        em.persist(meeting);
        em.flush(); // the version the answer carries
        return meeting;
    }

    public Meeting edit(String id, long version, MeetingPlan plan, String minutes, List<Decision> decisions, boolean published,
                        OffsetDateTime now) {
        MeetingPlan checked = invitations.checked(plan);
        return change(id, version, m -> {
            m.plan(checked, now);
            m.record(minutes, decisions, published, now);
        });
    }

    public Meeting change(String id, long version, Consumer<Meeting> change) {
        Meeting meeting = existing(id);
        if (meeting.version() != version) {
            throw new ApiError(409, "La réunion a été modifiée entre-temps : rechargez-la avant de recommencer.");
        }
        change.accept(meeting);
        em.flush();
        return meeting;
    }
}
