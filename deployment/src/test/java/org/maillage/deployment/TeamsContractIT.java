package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.platform.plugins.control.Enablement;
import org.maillage.platform.tenancy.control.TenantRegistry;
import org.maillage.teams.plugin.TeamsIndicators;
import org.maillage.testkit.InTenant;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.teams.teams.control.Teams;
import org.maillage.teams.teams.entity.Member;
import org.maillage.teams.teams.entity.Team;
import org.maillage.teams.teams.entity.TeamAction;
import org.maillage.teams.teams.entity.TeamStatus;
import org.maillage.testkit.PluginContractTest;

/** The plugin contract, for the teams plugin (enabled alone: onboarding is only an optional dependency). */
@ExtendWith(ArquillianExtension.class)
class TeamsContractIT extends PluginContractTest {

    @Inject
    EntityManager em;

    @Inject
    Teams teams;

    @Inject
    InTenant inTenant;

    @Inject
    TenantRegistry tenants;

    @Inject
    Enablement enablement;

    @Inject
    TeamsIndicators indicators;

    /** The indicators of a month, on the data of {@link #storePersonalDataOf}: Vannes (55,790 inhabitants) covered. */
    @Test
    void indicatorsCountTeamsMembersActionsAndCoverage() throws Exception {
        String slug = "indicateurs-" + UUID.randomUUID().toString().substring(0, 8);
        inTenant.inTransaction(() -> tenants.create(slug, "Indicateurs", List.of("56")));
        inTenant.as(slug, () -> enablement.enable("teams", "test"));
        inTenant.as(slug, () -> {
            storePersonalDataOf(new Person("indicateurs@exemple.fr"));
            return null;
        });
        Map<String, Number> january = inTenant.as(slug, () -> indicators.values(YearMonth.of(2026, 1)));
        assertEquals(1L, january.get("teams.by-status.active"));
        assertEquals(1L, january.get("teams.by-status.project"));
        assertEquals(0L, january.get("teams.by-status.closed"));
        assertEquals(2L, january.get("teams.members"));
        assertEquals(1L, january.get("teams.actions"));
        assertEquals(2L, january.get("teams.people-met"));
        assertEquals(0, new BigDecimal("3").compareTo((BigDecimal) january.get("teams.volunteer-hours")));
        assertEquals(1, january.get("teams.communes-covered"));
        assertEquals(55790L, january.get("teams.population-covered"));
        Map<String, Number> december = inTenant.as(slug, () -> indicators.values(YearMonth.of(2025, 12)));
        assertEquals(0L, december.get("teams.members"), "nobody had joined yet");
        assertEquals(0L, december.get("teams.actions"));
    }

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
        Team first = new Team("Les Voisins", now);
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
