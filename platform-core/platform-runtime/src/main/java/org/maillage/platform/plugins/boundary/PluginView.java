package org.maillage.platform.plugins.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.maillage.platform.api.plugin.Dependency;
import org.maillage.platform.api.plugin.Indicator;
import org.maillage.platform.api.plugin.WebPage;
import org.maillage.platform.api.settings.Setting;
import org.maillage.platform.plugins.control.PluginRecord;
import org.maillage.platform.plugins.entity.PluginEnablement;
import org.maillage.platform.plugins.entity.PluginState;

/**
 * A plugin as the API shows it; {@code enabled} and {@code enabledAt} only in a cooperation's view.
 */
public record PluginView(String id, String displayName, String version, PluginState state, String reason,
                         List<Dependency> dependencies, Set<String> roles, List<String> settings, List<WebPage> pages,
                         List<Indicator> indicators, boolean networkScope, Boolean enabled, OffsetDateTime enabledAt) {

    static PluginView of(PluginRecord record, PluginEnablement enablement, boolean inTenant) {
        var d = record.descriptor();
        return new PluginView(d.id(), d.displayName(), d.version(), record.state(), record.reason(), d.dependencies(),
                d.roles(), d.settings().stream().map(Setting::key).toList(), d.pages(), d.indicators(), d.networkScope(),
                inTenant ? enablement != null : null, enablement == null ? null : enablement.enabledAt());
    }
}
