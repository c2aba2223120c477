package org.maillage.deployment;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.teams.teams.control.Teams;
import org.maillage.teams.teams.entity.Member;
import org.maillage.teams.teams.entity.Team;
import org.maillage.teams.teams.entity.TeamAction;
import org.maillage.teams.teams.entity.TeamStatus;
import org.maillage.testkit.PlatformDeployment;
import org.maillage.testkit.PluginContractTest;

/** The plugin contract, for the teams plugin (enabled alone: onboarding is only an optional dependency). */
@ExtendWith(ArquillianExtension.class)
class TeamsContractIT extends PluginContractTest {

    @Deployment
    static WebArchive deployment() {
        return PlatformDeployment.forContract();
    }

    @Inject
    EntityManager em;

    @Inject
    Teams teams;

    @Override
    protected String pluginId() {
        return "teams";
    }

    /**
     * The person is a member of two teams, took part in an action, refers one team (their login is their
     * address), changed its status and logged the action.
     */
    @Override
    protected void storePersonalDataOf(Person person) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Team first = new Team("Équipe " + person.email(), now);
        first.describe(new Team.Details("Les Voisins", "Association", null, LocalDate.of(2026, 1, 10), List.of("56260"),
                List.of(person.email()), true), now);
        Team second = new Team("Les Amis", now);
        second.describe(new Team.Details("Les Amis", null, null, null, List.of("56243"), List.of(), true), now);
        em.persist(first);
        em.persist(second);
        teams.move(first, TeamStatus.ACTIVE, null, person.email());
        Member member = new Member(first, null, "Camille", "Le Goff", person.email(), "06 12 34 56 78", LocalDate.of(2026, 1, 11), now);
        em.persist(member);
        em.persist(new Member(second, null, "Camille", "Le Goff", person.email(), null, LocalDate.of(2026, 1, 12), now));
        em.persist(new TeamAction(first, LocalDate.of(2026, 1, 13), "visit", "56260", 2, BigDecimal.valueOf(3), "Marie",
                List.of(member.id()), person.email(), now));
    }
}
