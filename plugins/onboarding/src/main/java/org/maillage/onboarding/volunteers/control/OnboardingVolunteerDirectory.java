package org.maillage.onboarding.volunteers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.maillage.onboarding.api.VolunteerCard;
import org.maillage.onboarding.api.VolunteerDirectory;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.onboarding.volunteers.entity.VolunteerState;
import org.maillage.platform.api.errors.ApiError;

/**
 * Onboarding's volunteers as other plugins see them (the teams plugin takes its members from them).
 * Joining a team is a transition to IN_TEAM by the given person, with the team's name as reason.
 */
@ApplicationScoped
public class OnboardingVolunteerDirectory implements VolunteerDirectory {

    @Inject
    Volunteers volunteers;

    @Inject
    Pipeline pipeline;

    @Inject
    EntityManager em;

    @Override
    public Optional<VolunteerCard> find(String volunteerId) {
        return Optional.ofNullable(volunteerId).map(id -> em.find(Volunteer.class, id)).filter(v -> !v.erased())
                .map(OnboardingVolunteerDirectory::card);
    }

    @Override
    public List<VolunteerCard> search(String text, int max) {
        VolunteerFilter filter = VolunteerFilter.of(text, null, null);
        return volunteers.items(filter, VolunteerSort.DEFAULT, 0, Math.max(1, max)).stream()
                .map(OnboardingVolunteerDirectory::card).toList();
    }

    @Override
    public VolunteerCard joinedTeam(String volunteerId, String teamName, String by) {
        Volunteer volunteer = volunteers.find(volunteerId);
        if (volunteer.state() == VolunteerState.WITHDRAWN) {
            throw new ApiError(409, "Ce bénévole s’est retiré : il doit reprendre contact avant de rejoindre une équipe.");
        }
        if (volunteer.state() != VolunteerState.IN_TEAM) {
            pipeline.move(volunteer, VolunteerState.IN_TEAM, "Équipe « " + teamName + " »", by);
        }
        return card(volunteer);
    }

    @Override
    public Map<String, Long> countByCommune() {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("select v.communeCode, count(v) from Volunteer v where v.erasedAt is null and v.communeCode is not null"
                        + " and v.state not in :gone group by v.communeCode", Object[].class)
                .setParameter("gone", Set.of(VolunteerState.WITHDRAWN))
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    private static VolunteerCard card(Volunteer v) {
        return new VolunteerCard(v.id(), v.firstName(), v.lastName(), v.email(), v.phone(), v.communeCode(), v.state().name());
    }
}
