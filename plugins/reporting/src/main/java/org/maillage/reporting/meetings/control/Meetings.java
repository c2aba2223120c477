package org.maillage.reporting.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.tenant.NetworkData;
import org.maillage.reporting.meetings.entity.Decision;
import org.maillage.reporting.meetings.entity.Meeting;
import org.maillage.reporting.meetings.entity.MeetingPlan;

/**
 * The commission réseau's meetings (network data). A cooperation reads only the meetings it is invited to:
 * any other is "not found" for it, exactly like one that does not exist. Every change carries the version
 * the person read: a stale one is a 409. Creating, editing and deleting commit on their own, before the
 * cooperations are told ({@link Announcements}).
 */
@ApplicationScoped
public class Meetings {

    static final String NOT_FOUND = "Cette réunion de la commission réseau n’existe pas.";

    @Inject
    @NetworkData
    EntityManager em;

    @Inject
    Invitations invitations;

    @Inject
    Questions questions;

    /** One page of meetings, the latest first, and how many there are in all. */
    public record Page(List<Meeting> items, long total) {
    }

    /** A saved meeting and the cooperations the change took off its list (to be told it is off). */
    public record Saved(Meeting meeting, Set<String> uninvited) {
    }

    /** @return the meetings from {@code first}, at most {@code size}: by start, the latest first, then by id (a stable order) */
    public Page page(int first, int size) {
        List<Meeting> items = em.createQuery("select m from Meeting m order by m.startsAt desc, m.id", Meeting.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(m) from Meeting m", Long.class).getSingleResult();
        return new Page(items, total);
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

    @Transactional
    public Saved create(MeetingPlan plan, OffsetDateTime now) {
        Meeting meeting = new Meeting(invitations.checked(plan), now);
        em.persist(meeting);
        em.flush(); // the version the answer carries
        return new Saved(meeting, Set.of());
    }

    @Transactional
    public Saved edit(String id, long version, MeetingPlan plan, String minutes, List<Decision> decisions, boolean published,
                      OffsetDateTime now) {
        MeetingPlan checked = invitations.checked(plan);
        Set<String> uninvited = new TreeSet<>(existing(id).invited());
        Meeting meeting = change(id, version, m -> {
            m.plan(checked, now);
            m.record(minutes, decisions, published, now);
        });
        uninvited.removeAll(meeting.invited());
        return new Saved(meeting, uninvited);
    }

    /**
     * Cancels a meeting: deletes it with its agenda, minutes and decisions; the questions on its agenda wait for
     * another one. @return the meeting as it was, to tell its cooperations
     */
    @Transactional
    public Meeting delete(String id, long version) {
        Meeting meeting = existing(id);
        if (meeting.version() != version) {
            throw stale();
        }
        questions.scheduledIn(id).forEach(q -> q.scheduleIn(null));
        em.remove(meeting);
        em.flush();
        return meeting;
    }

    public Meeting change(String id, long version, Consumer<Meeting> change) {
        Meeting meeting = existing(id);
        if (meeting.version() != version) {
            throw stale();
        }
        change.accept(meeting);
        em.flush();
        return meeting;
    }

    private static ApiError stale() {
        return new ApiError(409, "La réunion a été modifiée entre-temps : rechargez-la avant de recommencer.");
    }
}
