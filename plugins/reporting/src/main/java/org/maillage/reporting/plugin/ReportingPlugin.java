package org.maillage.reporting.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.maillage.platform.api.plugin.Plugin;
import org.maillage.platform.api.plugin.PluginDescriptor;
import org.maillage.platform.api.plugin.WebPage;
import org.maillage.platform.api.security.Roles;

/** The reporting plugin's descriptor: « Rapport au réseau ». */
@ApplicationScoped
public class ReportingPlugin implements Plugin {

    public static final String ID = "reporting";

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "Rapport au réseau", "1.0.0")
                .withPlatformVersions("[0.1,1.0)")
                .withRoles(Roles.COORDINATOR)
                .withPages(new WebPage("indicateurs", "Indicateurs", "trends.js", Set.of(), false),
                        new WebPage("rapports", "Rapports au réseau", "reports.js", Set.of(Roles.COORDINATOR), false),
                        new WebPage("tableau-de-bord", "Tableau de bord national", "dashboard.js", Set.of(Roles.NETWORK_ADMIN), true),
                        new WebPage("rapports-reseau", "Rapports des coopérations", "network-reports.js", Set.of(Roles.NETWORK_ADMIN), true),
                        new WebPage("commission", "Commission réseau", "commission.js", Set.of(Roles.COORDINATOR), false),
                        new WebPage("commission-reseau", "Commission réseau", "network-commission.js", Set.of(Roles.NETWORK_ADMIN), true));
    }
}
