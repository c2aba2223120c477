package org.maillage.onboarding.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.maillage.onboarding.inactivity.boundary.DailyInactivity;
import org.maillage.onboarding.indicators.control.ReachIndicators;
import org.maillage.onboarding.volunteers.entity.VolunteerState;
import org.maillage.platform.api.plugin.Indicator;
import org.maillage.platform.api.plugin.Plugin;
import org.maillage.platform.api.plugin.PluginDescriptor;
import org.maillage.platform.api.plugin.WebPage;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.api.settings.Setting;
import org.maillage.platform.api.settings.SettingType;

/** The onboarding plugin's descriptor: « Accueil des bénévoles ». */
@ApplicationScoped
public class OnboardingPlugin implements Plugin {

    @Inject
    DailyInactivity dailyInactivity;

    public static final String ID = "onboarding";

    /** After how many days in the same state a volunteer is late (the coordinator's to-do list). */
    public static final Setting STALE_AFTER_DAYS = Setting.perTenant("onboarding.stale-after-days", SettingType.INTEGER, "7",
            "Nombre de jours sans changement après lequel un bénévole est à relancer").between(1, 90);

    /** The largest file an import accepts, in megabytes; the same for every cooperation (it protects the server). */
    public static final Setting MAX_UPLOAD_MB = Setting.global("onboarding.max-upload-mb", SettingType.INTEGER, "50",
            "Taille maximale d'un fichier importé, en mégaoctets").between(1, 500);

    /** After how many days without activity a volunteer is flagged for anonymisation (RGPD storage limitation). */
    public static final Setting INACTIVE_AFTER_DAYS = Setting.perTenant("onboarding.inactive-after-days", SettingType.INTEGER, "1095",
            "Nombre de jours sans activité après lequel un bénévole est signalé comme inactif, avant l'anonymisation de ses données")
            .between(180, 3650);

    /** How many days after the flag an inactive volunteer is anonymised. */
    public static final Setting ERASE_AFTER_FLAG_DAYS = Setting.perTenant("onboarding.erase-after-flag-days", SettingType.INTEGER, "30",
            "Nombre de jours entre le signalement d'un bénévole inactif et l'anonymisation de ses données").between(7, 365);

    public static final String VOLUNTEERS_INDICATOR = "onboarding.volunteers";

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "Accueil des bénévoles", "0.1.0")
                .withPlatformVersions("[0.1,1.0)")
                .withRoles("coordinator", "team-referent")
                .withSettings(STALE_AFTER_DAYS, MAX_UPLOAD_MB, INACTIVE_AFTER_DAYS, ERASE_AFTER_FLAG_DAYS)
                .withIndicators(indicators().toArray(Indicator[]::new))
                .withPages(
                        // a volunteer's detail is the same page: #/coop/<slug>/onboarding/volunteers/<id>
                        new WebPage("volunteers", "Bénévoles", "volunteers.js", Set.of(Roles.COORDINATOR, Roles.TEAM_REFERENT), false),
                        new WebPage("imports", "Imports JeVeuxAider", "imports.js", Set.of(Roles.COORDINATOR), false),
                        new WebPage("first-actions", "Premières actions", "first-actions.js", Set.of(), false),
                        new WebPage("todo", "À relancer", "todo.js", Set.of(Roles.COORDINATOR), false),
                        new WebPage("suggestions", "Propositions pour un bénévole", "suggestions.js", Set.of(), false));
    }

    @Override
    public void start() {
        dailyInactivity.start();
    }

    @Override
    public void stop() {
        dailyInactivity.stop();
    }

    /** @return the key of the indicator counting the volunteers in a state: {@code onboarding.by-state.first-action} */
    public static String byStateIndicator(VolunteerState state) {
        return "onboarding.by-state." + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static List<Indicator> indicators() {
        List<Indicator> indicators = new ArrayList<>();
        indicators.add(new Indicator(VOLUNTEERS_INDICATOR, "Bénévoles accueillis", "bénévoles"));
        for (VolunteerState state : VolunteerState.values()) {
            indicators.add(new Indicator(byStateIndicator(state), "Bénévoles à l'étape « " + state.label() + " »", "bénévoles"));
        }
        indicators.add(new Indicator(ReachIndicators.CONTACTED_RATE, "Part des bénévoles contactés", "%"));
        indicators.add(new Indicator(ReachIndicators.RESPONSE_RATE, "Part des bénévoles contactés qui ont répondu", "%"));
        indicators.add(new Indicator(ReachIndicators.VOLUNTEERS_PER_PLACE, "Bénévoles en attente d'une première action par place disponible", "bénévoles par place"));
        indicators.add(new Indicator(ReachIndicators.DAYS_TO_FIRST_ACTION, "Délai médian de l'import à la première action", "jours"));
        return indicators;
    }
}
