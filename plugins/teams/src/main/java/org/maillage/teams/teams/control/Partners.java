package org.maillage.teams.teams.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.teams.teams.entity.Partner;
import org.maillage.teams.teams.entity.PartnerLink;
import org.maillage.teams.teams.entity.Team;

/**
 * The partners of the cooperation's teams. A coordinator sees them all; a referent sees those linked to
 * their teams and those nobody links yet (so they can reuse the cooperation's CCAS rather than create
 * it twice). Joins the caller's transaction.
 */
@ApplicationScoped
public class Partners {

    @Inject
    EntityManager em;

    @Inject
    Teams teams;

    public List<Partner> visible(Viewer viewer) {
        if (viewer.coordinator()) {
            return em.createQuery("select p from Partner p order by p.name, p.id", Partner.class).getResultList();
        }
        List<String> mine = teams.visible(viewer).stream().map(Team::id).toList();
        TypedQuery<Partner> query = em.createQuery("select p from Partner p where not exists (select l from PartnerLink l where l.partner = p)"
                + (mine.isEmpty() ? "" : " or exists (select l from PartnerLink l where l.partner = p and l.team.id in :mine)")
                + " order by p.name, p.id", Partner.class);
        if (!mine.isEmpty()) {
            query.setParameter("mine", mine);
        }
        return query.getResultList();
    }

    public Partner find(String id, Viewer viewer) {
        return Optional.ofNullable(id).map(i -> em.find(Partner.class, i))
                .filter(p -> visible(viewer).stream().anyMatch(v -> v.id().equals(p.id())))
                .orElseThrow(() -> new ApiError(404, "Aucun partenaire n’a l’identifiant « " + id + " »."));
    }

    public void add(Partner partner) {
        em.persist(partner);
    }

    public List<Partner> of(Team team) {
        return em.createQuery("select l.partner from PartnerLink l where l.team = :team order by l.partner.name", Partner.class)
                .setParameter("team", team).getResultList();
    }

    /** Links the partner to the team; nothing changes when they are linked already. */
    public void link(Team team, Partner partner) {
        if (of(team).stream().noneMatch(p -> p.id().equals(partner.id()))) {
            em.persist(new PartnerLink(team, partner));
        }
    }

    /** @throws ApiError 404 when they are not linked */
    public void unlink(Team team, Partner partner) {
        int removed = em.createQuery("delete from PartnerLink l where l.team = :team and l.partner = :partner")
                .setParameter("team", team).setParameter("partner", partner).executeUpdate();
        if (removed == 0) {
            throw new ApiError(404, "Le partenaire « " + partner.name() + " » n’est pas lié à l’équipe « " + team.name() + " ».");
        }
    }
}
