package org.maillage.teams.coverage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maillage.platform.api.territory.Territory;
import org.maillage.teams.teams.control.Members;
import org.maillage.teams.teams.control.Teams;
import org.maillage.teams.teams.entity.Team;
import org.maillage.teams.teams.entity.TeamStatus;

/** The coverage of the current cooperation's territory by its active teams. Joins the caller's transaction. */
@ApplicationScoped
public class Coverages {

    @Inject
    Territory territory;

    @Inject
    Teams teams;

    @Inject
    Members members;

    public Coverage current(Coverage.Ranking ranking) {
        Map<String, List<String>> teamsByCode = new HashMap<>();
        for (Team team : teams.withStatus(TeamStatus.ACTIVE)) {
            team.communeCodes().forEach(code -> teamsByCode.computeIfAbsent(code, c -> new ArrayList<>()).add(team.name()));
        }
        Map<String, Long> volunteers = members.volunteers().map(d -> d.countByCommune()).orElse(Map.of());
        return Coverage.compute(territory.communesOfTenant(), teamsByCode, volunteers, ranking);
    }

    /** @return whether onboarding's volunteers count in the ranking (onboarding enabled for the cooperation) */
    public boolean withVolunteers() {
        return members.volunteers().isPresent();
    }
}
