package org.maillage.teams.teams.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import org.maillage.onboarding.api.OpenTeam;
import org.maillage.onboarding.api.TeamDirectory;
import org.maillage.teams.teams.entity.Team;
import org.maillage.teams.teams.entity.TeamStatus;

/** The teams that welcome new members, for onboarding's matching: in project or active, and marked as welcoming. */
@ApplicationScoped
public class OpenTeams implements TeamDirectory {

    @Inject
    EntityManager em;

    @Override
    public List<OpenTeam> openTeams() {
        return em.createQuery("select t from Team t where t.welcoming = true and t.status in :open order by t.name, t.id", Team.class)
                .setParameter("open", List.of(TeamStatus.PROJECT, TeamStatus.ACTIVE))
                .getResultList().stream()
                .map(t -> new OpenTeam(t.id(), t.name(), new HashSet<>(t.communeCodes())))
                .toList();
    }
}
