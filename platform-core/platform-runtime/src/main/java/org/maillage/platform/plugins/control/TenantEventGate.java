package org.maillage.platform.plugins.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.maillage.platform.api.event.TenantEvent;
import org.maillage.platform.api.tenant.TenantContext;

/**
 * Decides whether a plugin's observer receives a tenant event: the plugin must be started and,
 * unless it has network scope, enabled for the event's cooperation while the request acts for that
 * same cooperation. Platform observers always receive events.
 */
@ApplicationScoped
public class TenantEventGate {

    @Inject
    PluginRegistry registry;

    @Inject
    TenantContext tenant;

    @Inject
    Enablement enablement;

    /** Puts this gate in front of every tenant event observer. */
    public void open() {
        TenantEventObservers.use(this);
    }

    public boolean delivers(Class<?> observer, TenantEvent event) {
        var plugin = registry.pluginOf(observer).flatMap(registry::find);
        if (plugin.isEmpty()) {
            return true;
        }
        if (!plugin.get().started()) {
            return false;
        }
        if (plugin.get().descriptor().networkScope()) {
            return true;
        }
        if (!tenant.isBound() || !tenant.slug().equals(event.tenant())) {
            return false;
        }
        return enablement.active(plugin.get().id());
    }
}
