package ${package}.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.maillage.platform.api.plugin.Indicator;
import org.maillage.platform.api.plugin.Plugin;
import org.maillage.platform.api.plugin.PluginDescriptor;
import org.maillage.platform.api.plugin.WebPage;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.api.settings.Setting;
import org.maillage.platform.api.settings.SettingType;

/**
 * What the plugin brings to the platform. Everything global is prefixed with the plugin id: settings and
 * indicators keys, REST paths, tables, the web folder.
 */
@ApplicationScoped
public class ${prefix}Plugin implements Plugin {

    public static final String ID = "${pluginId}";

    /** A cooperation's coordinators change it: {@code PUT /api/tenants/{tenant}/settings/${pluginId}.capacity} with {"value": "20"}. */
    public static final Setting CAPACITY = Setting.perTenant(ID + ".capacity", SettingType.INTEGER, "20",
            "Nombre maximal d’inscriptions dans la coopération").between(1, 1000);

    /** Computed by {@code RegistrationFigures}, month by month; read by the national reporting. */
    public static final Indicator REGISTRATIONS = new Indicator(ID + ".registrations", "Inscriptions enregistrées", "inscriptions");

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "${pluginName}", "1.0.0")
                .withPlatformVersions("[0.1,1.0)")
                .withRoles(Roles.COORDINATOR, Roles.TEAM_REFERENT)
                .withSettings(CAPACITY)
                .withPages(new WebPage("registrations", "${pluginName}", "registrations.js", Set.of(), false))
                .withIndicators(REGISTRATIONS);
    }
}
