package org.maillage.experience.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.maillage.experience.fiches.control.NoticeJobs;
import org.maillage.platform.api.plugin.Indicator;
import org.maillage.platform.api.plugin.Plugin;
import org.maillage.platform.api.plugin.PluginDescriptor;
import org.maillage.platform.api.plugin.WebPage;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.api.settings.Setting;
import org.maillage.platform.api.settings.SettingType;

/** The experience-sharing plugin's descriptor: « Partage d'expériences ». */
@ApplicationScoped
public class ExperiencePlugin implements Plugin {

    public static final String ID = "experience";

    public static final String WRITTEN = "experience.written";
    public static final String SHARED = "experience.shared";
    public static final String REUSED = "experience.reused";
    public static final String ANSWERED = "experience.answered";

    /** The largest attachment, in bytes. */
    public static final Setting MAX_FILE_BYTES = Setting.global("experience.attachment.max-bytes", SettingType.INTEGER,
            String.valueOf(5 * 1024 * 1024), "Taille maximale d’un fichier joint à une fiche, en octets").between(1024, 20 * 1024 * 1024);

    @Inject
    NoticeJobs noticeJobs;

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "Partage d’expériences", "1.0.0")
                .withPlatformVersions("[0.1,1.0)")
                .withOptionalDependency("reporting", "[0.1,2.0)")
                .withRoles(Roles.COORDINATOR, Roles.TEAM_REFERENT)
                .withSettings(MAX_FILE_BYTES)
                .withPages(new WebPage("reseau", "Fiches du réseau", "network.js", Set.of(), false),
                        new WebPage("fiches", "Nos fiches", "fiches.js", Set.of(), false),
                        new WebPage("moderation", "Fiches partagées", "moderation.js", Set.of(Roles.NETWORK_ADMIN), true))
                .withIndicators(new Indicator(WRITTEN, "Fiches d’expérience écrites", "fiches"),
                        new Indicator(SHARED, "Fiches partagées avec le réseau", "fiches"),
                        new Indicator(REUSED, "Fiches qui ont servi à d’autres coopérations", "marques"),
                        new Indicator(ANSWERED, "Questions des autres coopérations répondues", "questions"));
    }

    @Override
    public void start() {
        noticeJobs.start();
    }

    @Override
    public void stop() {
        noticeJobs.stop();
    }
}
