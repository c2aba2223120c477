package org.maillage.onboarding.inactivity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import org.maillage.onboarding.inactivity.entity.InactivityFlag;
import org.maillage.onboarding.personaldata.control.VolunteerPersonalData;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.platform.api.personaldata.Person;

/**
 * Storage limitation (RGPD): a volunteer without activity for {@code inactiveAfterDays} is flagged;
 * still without activity {@code graceDays} after the flag, they are anonymised exactly as on request
 * ({@link VolunteerPersonalData#erase}). Activity is any change to the volunteer (state, details,
 * commune) or to one of their participations in a first action; activity after the flag removes it.
 * Joins the caller's transaction, for the cooperation bound.
 */
@ApplicationScoped
public class Inactivity {

    @Inject
    EntityManager em;

    @Inject
    VolunteerPersonalData personalData;

    /** What one sweep did. */
    public record Sweep(int flagged, int cleared, int anonymised) {
    }

    public Sweep sweep(OffsetDateTime now, long inactiveAfterDays, long graceDays) {
        int cleared = 0;
        int anonymised = 0;
        for (InactivityFlag flag : em.createQuery("select f from InactivityFlag f", InactivityFlag.class).getResultList()) {
            Volunteer volunteer = em.find(Volunteer.class, flag.volunteerId());
            if (volunteer == null || volunteer.erased() || lastActivity(volunteer).isAfter(flag.flaggedAt())) {
                em.remove(flag);
                cleared++;
            } else if (!flag.flaggedAt().plusDays(graceDays).isAfter(now)) {
                em.remove(flag);
                personalData.erase(new Person(volunteer.email()));
                anonymised++;
            }
        }
        em.flush();
        List<String> quiet = em.createQuery("select v.id from Volunteer v where v.erasedAt is null and v.updatedAt < :before"
                        + " and not exists (select p from Participation p where p.volunteer = v and p.changedAt >= :before)"
                        + " and not exists (select f from InactivityFlag f where f.volunteerId = v.id)", String.class)
                .setParameter("before", now.minusDays(inactiveAfterDays))
                .getResultList();
        quiet.forEach(id -> em.persist(new InactivityFlag(id, now)));
        return new Sweep(quiet.size(), cleared, anonymised);
    }

    /** @return the flags of volunteers not erased, the oldest first */
    public List<InactivityFlag> flags() {
        return em.createQuery("select f from InactivityFlag f where exists (select v from Volunteer v where v.id = f.volunteerId"
                + " and v.erasedAt is null) order by f.flaggedAt, f.volunteerId", InactivityFlag.class).getResultList();
    }

    private OffsetDateTime lastActivity(Volunteer volunteer) {
        OffsetDateTime participation = em.createQuery("select max(p.changedAt) from Participation p where p.volunteer = :v", OffsetDateTime.class)
                .setParameter("v", volunteer)
                .getSingleResult();
        return participation != null && participation.isAfter(volunteer.updatedAt()) ? participation : volunteer.updatedAt();
    }
}
