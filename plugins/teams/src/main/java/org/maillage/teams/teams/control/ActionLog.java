package org.maillage.teams.teams.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.plugin.Extensions;
import org.maillage.teams.api.ActionKind;
import org.maillage.teams.api.ActionKinds;
import org.maillage.teams.teams.entity.Member;
import org.maillage.teams.teams.entity.Team;
import org.maillage.teams.teams.entity.TeamAction;

/** The visits and actions of teams, and the kinds they may have. Joins the caller's transaction. */
@ApplicationScoped
public class ActionLog {

    @Inject
    EntityManager em;

    @Inject
    Extensions extensions;

    @Inject
    Members members;

    /** What a team logs; the caller has checked each value but the kind and the participants. */
    public record Entry(LocalDate doneOn, String kind, String communeCode, int peopleMet, BigDecimal volunteerHours,
                        String firstNames, List<String> participantIds) {
    }

    /** @return the kinds of the plugins enabled for the cooperation, by code (the first contributor of a code wins) */
    public Map<String, ActionKind> kinds() {
        Map<String, ActionKind> kinds = new LinkedHashMap<>();
        for (ActionKinds contributor : extensions.contributions(ActionKinds.class)) {
            contributor.actionKinds().forEach(k -> kinds.putIfAbsent(k.code(), k));
        }
        return kinds;
    }

    /** @throws ApiError 400 for an unknown kind or a participant who is not a member of the team */
    public TeamAction log(Team team, Entry entry, String by) {
        if (!kinds().containsKey(entry.kind())) {
            throw ApiError.invalidField("kind", "« " + entry.kind() + " » n’est pas un type d’action ; types possibles : "
                    + String.join(", ", kinds().keySet()));
        }
        for (String id : entry.participantIds()) {
            Member member = em.find(Member.class, id);
            if (member == null || member.erased() || !member.team().id().equals(team.id())) {
                throw ApiError.invalidField("participants", "« " + id + " » n’est pas un membre de l’équipe");
            }
        }
        TeamAction action = new TeamAction(team, entry.doneOn(), entry.kind(), entry.communeCode(), entry.peopleMet(),
                entry.volunteerHours(), entry.firstNames(), entry.participantIds(), by, OffsetDateTime.now(ZoneOffset.UTC));
        em.persist(action);
        return action;
    }

    /** @return the team's actions, the latest first */
    public List<TeamAction> of(Team team) {
        return em.createQuery("select a from TeamAction a where a.team = :team order by a.doneOn desc, a.loggedAt desc", TeamAction.class)
                .setParameter("team", team).getResultList();
    }

    /** @return the actions a member took part in */
    public List<TeamAction> withParticipant(Member member) {
        return em.createQuery("select a from TeamAction a where a.participants like :id", TeamAction.class)
                .setParameter("id", "% " + member.id() + " %").getResultList();
    }
}
