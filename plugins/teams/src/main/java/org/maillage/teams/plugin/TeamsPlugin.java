package org.maillage.teams.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.maillage.platform.api.plugin.Indicator;
import org.maillage.platform.api.plugin.Plugin;
import org.maillage.platform.api.plugin.PluginDescriptor;
import org.maillage.platform.api.plugin.WebPage;
import org.maillage.platform.api.security.Roles;
import org.maillage.teams.teams.entity.TeamStatus;

/** The teams plugin's descriptor: « Équipes citoyennes ». */
@ApplicationScoped
public class TeamsPlugin implements Plugin {

    public static final String ID = "teams";

    public static final String MEMBERS = "teams.members";
    public static final String ACTIONS = "teams.actions";
    public static final String PEOPLE_MET = "teams.people-met";
    public static final String VOLUNTEER_HOURS = "teams.volunteer-hours";
    public static final String COMMUNES_COVERED = "teams.communes-covered";
    public static final String POPULATION_COVERED = "teams.population-covered";

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "Équipes citoyennes", "0.1.0")
                .withPlatformVersions("[0.1,1.0)")
                .withOptionalDependency("onboarding", "[0.1,1.0)")
                .withRoles(Roles.COORDINATOR, Roles.TEAM_REFERENT)
                .withPages(new WebPage("equipes", "Équipes", "teams.js", Set.of(Roles.COORDINATOR, Roles.TEAM_REFERENT), false),
                        new WebPage("couverture", "Couverture du territoire", "coverage.js", Set.of(Roles.COORDINATOR), false))
                .withIndicators(indicators().toArray(Indicator[]::new));
    }

    /** @return the key of the indicator counting the teams in a status: {@code teams.by-status.active} */
    public static String byStatusIndicator(TeamStatus status) {
        return "teams.by-status." + status.name().toLowerCase(Locale.ROOT);
    }

    private static List<Indicator> indicators() {
        List<Indicator> indicators = new ArrayList<>();
        for (TeamStatus status : TeamStatus.values()) {
            indicators.add(new Indicator(byStatusIndicator(status), "Équipes au statut « " + status.label() + " »", "équipes"));
        }
        indicators.add(new Indicator(MEMBERS, "Membres des équipes", "membres"));
        indicators.add(new Indicator(ACTIONS, "Visites et actions du mois", "actions"));
        indicators.add(new Indicator(PEOPLE_MET, "Personnes rencontrées dans le mois", "personnes"));
        indicators.add(new Indicator(VOLUNTEER_HOURS, "Heures de bénévolat du mois", "heures"));
        indicators.add(new Indicator(COMMUNES_COVERED, "Communes couvertes par une équipe active", "communes"));
        indicators.add(new Indicator(POPULATION_COVERED, "Population des communes couvertes", "habitants"));
        return indicators;
    }
}
