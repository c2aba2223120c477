package org.maillage.teams.teams.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.teams.teams.entity.Team;
import org.maillage.teams.teams.entity.TeamStatus;
import org.maillage.teams.teams.entity.TeamTransition;
import org.maillage.teams.teams.entity.Words;

/** The teams of the current cooperation, as a viewer may see them, and their status changes. Joins the caller's transaction. */
@ApplicationScoped
public class Teams {

    static final int REASON_MAX = 500;

    @Inject
    EntityManager em;

    /** @return the teams the viewer sees, by name */
    public List<Team> visible(Viewer viewer) {
        if (viewer.coordinator()) {
            return em.createQuery("select t from Team t order by t.name, t.id", Team.class).getResultList();
        }
        return em.createQuery("select t from Team t where t.referents like :login escape '\\' order by t.name, t.id", Team.class)
                .setParameter("login", Words.pattern(viewer.login()))
                .getResultList();
    }

    /** @throws ApiError 404 when there is no such team, or the viewer does not refer it (they need not know it exists) */
    public Team find(String id, Viewer viewer) {
        return Optional.ofNullable(id).map(i -> em.find(Team.class, i)).filter(viewer::sees)
                .orElseThrow(() -> new ApiError(404, "Aucune équipe n’a l’identifiant « " + id + " » parmi les vôtres."));
    }

    /** @throws ApiError 409 when another team of the cooperation has this name */
    public void checkNameFree(String name, Team self) {
        List<Team> same = em.createQuery("select t from Team t where lower(t.name) = :name", Team.class)
                .setParameter("name", name.toLowerCase(java.util.Locale.ROOT)).getResultList();
        if (same.stream().anyMatch(t -> self == null || !t.id().equals(self.id()))) {
            throw new ApiError(409, "Une équipe s’appelle déjà « " + name + " » dans cette coopération.");
        }
    }

    public void add(Team team) {
        em.persist(team);
    }

    public List<Team> withStatus(TeamStatus status) {
        return em.createQuery("select t from Team t where t.status = :status order by t.name, t.id", Team.class)
                .setParameter("status", status).getResultList();
    }

    /**
     * @throws ApiError 409 when the move is not allowed from the team's status, or the charter is not
     *                  signed for ACTIVE; 400 when a reason is needed and missing or too long
     */
    public TeamTransition move(Team team, TeamStatus to, String reason, String by) {
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (why != null && why.length() > REASON_MAX) {
            throw ApiError.invalidField("reason", "ne doit pas dépasser " + REASON_MAX + " caractères");
        }
        if (!team.status().allows(to)) {
            throw new ApiError(409, team.status().refusal(to));
        }
        if (to == TeamStatus.ACTIVE && team.charterSignedOn() == null) {
            throw new ApiError(409, "L’équipe ne peut devenir active qu’une fois la charte signée : indiquez d’abord la date de signature.");
        }
        if (TeamStatus.needsReason(to) && why == null) {
            throw ApiError.invalidField("reason", "est obligatoire pour passer à « " + to.label() + " »");
        }
        TeamTransition transition = team.moveTo(to, why, by, OffsetDateTime.now(ZoneOffset.UTC));
        em.persist(transition);
        return transition;
    }

    public List<TeamTransition> transitionsOf(Team team) {
        return em.createQuery("select t from TeamTransition t where t.team = :team order by t.at, t.id", TeamTransition.class)
                .setParameter("team", team).getResultList();
    }
}
