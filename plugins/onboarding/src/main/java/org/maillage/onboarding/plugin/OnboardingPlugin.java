package org.maillage.onboarding.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.maillage.onboarding.inactivity.boundary.InactivitySweep;
import org.maillage.onboarding.indicators.control.ReachIndicators;
import org.maillage.onboarding.mail.control.DueDigests;
import org.maillage.onboarding.settings.OnboardingSettings;
import org.maillage.onboarding.volunteers.control.OnboardingIndicators;
import org.maillage.onboarding.volunteers.entity.VolunteerState;
import org.maillage.platform.api.plugin.Indicator;
import org.maillage.platform.api.plugin.Plugin;
import org.maillage.platform.api.plugin.PluginDescriptor;
import org.maillage.platform.api.plugin.WebPage;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.api.tenant.TenantJobs;

/** The onboarding plugin's descriptor: « Accueil des bénévoles ». */
@ApplicationScoped
public class OnboardingPlugin implements Plugin {

    private static final Logger LOG = Logger.getLogger(OnboardingPlugin.class.getName());

    @Inject
    TenantJobs jobs;

    @Inject
    InactivitySweep inactivity;

    @Inject
    DueDigests digests;

    @Inject
    @ConfigProperty(name = "maillage.mail.poll-seconds", defaultValue = "30")
    long pollSeconds;

    private final List<TenantJobs.Schedule> schedules = new ArrayList<>();

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(OnboardingSettings.ID, "Accueil des bénévoles", "0.1.0")
                .withPlatformVersions("[0.1,1.0)")
                .withRoles("coordinator", "team-referent")
                .withSettings(OnboardingSettings.STALE_AFTER_DAYS, OnboardingSettings.MAX_UPLOAD_MB, OnboardingSettings.INACTIVE_AFTER_DAYS, OnboardingSettings.ERASE_AFTER_FLAG_DAYS, OnboardingSettings.LINK_VALID_DAYS,
                        OnboardingSettings.DIGEST_RECIPIENTS, OnboardingSettings.DIGEST_HOUR)
                .withIndicators(indicators().toArray(Indicator[]::new))
                .withPages(
                        // a volunteer's detail is the same page: #/coop/<slug>/onboarding/volunteers/<id>
                        new WebPage("volunteers", "Bénévoles", "volunteers.js", Set.of(Roles.COORDINATOR, Roles.TEAM_REFERENT), false),
                        new WebPage("imports", "Imports JeVeuxAider", "imports.js", Set.of(Roles.COORDINATOR), false),
                        new WebPage("todo", "À relancer", "todo.js", Set.of(Roles.COORDINATOR), false),
                        new WebPage("campaigns", "Campagnes", "campaigns.js", Set.of(Roles.COORDINATOR), false),
                        new WebPage("outbox", "Boîte d’envoi", "outbox.js", Set.of(Roles.COORDINATOR), false),
                        new WebPage("first-actions", "Premières actions", "first-actions.js", Set.of(), false),
                        new WebPage("suggestions", "Propositions pour un bénévole", "suggestions.js", Set.of(), false));
    }

    /**
     * Schedules the daily inactivity sweep (first an hour after a cooperation is first seen) and the digests'
     * queuing (the platform sends them), in each cooperation that enabled the plugin.
     */
    @Override
    public synchronized void start() {
        if (!schedules.isEmpty()) {
            return;
        }
        schedules.add(jobs.schedule("onboarding.inactivity", OnboardingSettings.ID, Duration.ofHours(1), Duration.ofDays(1),
                now -> LOG.info("Inactivity sweep: " + inactivity.sweep(now))));
        schedules.add(jobs.schedule("onboarding.digest", OnboardingSettings.ID, Duration.ZERO, Duration.ofSeconds(pollSeconds), digests::queue));
    }

    @Override
    public synchronized void stop() {
        schedules.forEach(TenantJobs.Schedule::cancel);
        schedules.clear();
    }

    private static List<Indicator> indicators() {
        List<Indicator> indicators = new ArrayList<>();
        indicators.add(new Indicator(OnboardingIndicators.VOLUNTEERS, "Bénévoles accueillis", "bénévoles"));
        for (VolunteerState state : VolunteerState.values()) {
            indicators.add(new Indicator(OnboardingIndicators.stateIndicator(state), "Bénévoles à l’étape « " + state.label() + " »", "bénévoles"));
        }
        indicators.add(new Indicator(ReachIndicators.CONTACTED_RATE, "Part des bénévoles contactés", "%"));
        indicators.add(new Indicator(ReachIndicators.RESPONSE_RATE, "Part des bénévoles contactés qui ont répondu", "%"));
        indicators.add(new Indicator(ReachIndicators.VOLUNTEERS_PER_PLACE, "Bénévoles en attente d’une première action par place disponible", "bénévoles par place"));
        indicators.add(new Indicator(ReachIndicators.DAYS_TO_FIRST_ACTION, "Délai médian de l’import à la première action", "jours"));
        return indicators;
    }
}
