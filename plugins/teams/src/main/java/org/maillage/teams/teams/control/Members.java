package org.maillage.teams.teams.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.maillage.onboarding.api.VolunteerCard;
import org.maillage.onboarding.api.VolunteerDirectory;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.plugin.Extensions;
import org.maillage.teams.teams.entity.Member;
import org.maillage.teams.teams.entity.Team;

/**
 * The members of teams. From onboarding's volunteers when the cooperation has enabled onboarding
 * (joining moves the volunteer to IN_TEAM), or entered directly. Joins the caller's transaction.
 */
@ApplicationScoped
public class Members {

    @Inject
    EntityManager em;

    @Inject
    Extensions extensions;

    /** What a person entered directly is; the caller has checked each value. */
    public record Person(String firstName, String lastName, String email, String phone) {
    }

    /** @return onboarding's volunteers, empty when the cooperation has not enabled onboarding */
    public Optional<VolunteerDirectory> volunteers() {
        return extensions.contributions(VolunteerDirectory.class).stream().findFirst();
    }

    public List<Member> of(Team team) {
        return em.createQuery("select m from Member m where m.team = :team and m.erasedAt is null order by m.leftOn, m.lastName, m.firstName, m.id", Member.class)
                .setParameter("team", team).getResultList();
    }

    public Member find(Team team, String id) {
        return Optional.ofNullable(id).map(i -> em.find(Member.class, i))
                .filter(m -> m.team().id().equals(team.id()) && !m.erased())
                .orElseThrow(() -> new ApiError(404, "Aucun membre n’a l’identifiant « " + id + " » dans cette équipe."));
    }

    /**
     * @throws ApiError 400 when onboarding is not enabled, 404 when the volunteer is unknown, 409 when
     *                  they are already a member or withdrew
     */
    public Member addVolunteer(Team team, String volunteerId, LocalDate joinedOn, String by) {
        VolunteerDirectory directory = volunteers().orElseThrow(() -> ApiError.invalidField("volunteerId",
                "n’est pas utilisable : l’accueil des bénévoles n’est pas activé pour cette coopération ; saisissez le membre directement"));
        VolunteerCard found = directory.find(volunteerId)
                .orElseThrow(() -> new ApiError(404, "Aucun bénévole n’a l’identifiant « " + volunteerId + " » dans cette coopération."));
        boolean already = of(team).stream().anyMatch(m -> m.current() && volunteerId.equals(m.volunteerId()));
        if (already) {
            throw new ApiError(409, "Ce bénévole est déjà membre de l’équipe « " + team.name() + " ».");
        }
        VolunteerCard card = directory.joinedTeam(volunteerId, team.name(), by);
        Member member = new Member(team, card.id(), card.firstName(), card.lastName(), card.email(), card.phone(), joinedOn, now());
        em.persist(member);
        return member;
    }

    /** @throws ApiError 409 when a current member of the team has this e-mail address */
    public Member addPerson(Team team, Person person, LocalDate joinedOn) {
        if (person.email() != null && of(team).stream().anyMatch(m -> m.current() && person.email().equals(m.email()))) {
            throw new ApiError(409, "Une personne avec l’adresse « " + person.email() + " » est déjà membre de l’équipe.");
        }
        Member member = new Member(team, null, person.firstName(), person.lastName(), person.email(), person.phone(), joinedOn, now());
        em.persist(member);
        return member;
    }

    /**
     * Flushed here, so that an edit of the same version by someone else fails inside the call (409) rather than at commit.
     *
     * @throws ApiError 409 when the member already left or was changed meanwhile, 400 when the date is before they joined
     */
    public void leave(Member member, LocalDate on) {
        if (!member.current()) {
            throw new ApiError(409, "Ce membre a déjà quitté l’équipe le " + member.leftOn() + ".");
        }
        if (on.isBefore(member.joinedOn())) {
            throw ApiError.invalidField("leftOn", "ne peut pas précéder la date d’arrivée (" + member.joinedOn() + ")");
        }
        member.leave(on);
        em.flush();
    }

    /** @return every membership of the person, all teams together */
    public List<Member> ofEmail(String email) {
        return em.createQuery("select m from Member m where m.email = :email order by m.joinedOn, m.id", Member.class)
                .setParameter("email", email).getResultList();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
