package org.maillage.reporting.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.tenant.NetworkData;
import org.maillage.reporting.meetings.entity.Question;

/** The questions cooperations raise for the commission: each cooperation reads its own; network admins the pending ones. */
@ApplicationScoped
public class Questions {

    @Inject
    @NetworkData
    EntityManager em;

    public Question propose(String cooperation, String text, OffsetDateTime now) {
        Question question = new Question(cooperation, text, now);
        em.persist(question);
        return question;
    }

    public List<Question> of(String cooperation) {
        return em.createQuery("select q from Question q where q.cooperation = :cooperation order by q.askedAt desc", Question.class)
                .setParameter("cooperation", cooperation).getResultList();
    }

    public List<Question> pending() {
        return em.createQuery("select q from Question q where q.meetingId is null order by q.askedAt", Question.class).getResultList();
    }

    /** @return the questions on the meeting's agenda */
    public List<Question> scheduledIn(String meetingId) {
        return em.createQuery("select q from Question q where q.meetingId = :meeting", Question.class).setParameter("meeting", meetingId)
                .getResultList();
    }

    public Question existing(String id) {
        return Optional.ofNullable(id).map(i -> em.find(Question.class, i))
                .orElseThrow(() -> new ApiError(404, "Cette question n’existe pas."));
    }
}
