package org.maillage.platform.plugins.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillage.platform.persistence.control.TenantCache;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maillage.platform.api.plugin.Dependency;
import org.maillage.platform.api.tenant.TenantContext;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.plugins.entity.PluginEnablement;

/**
 * Which plugins the current cooperation has enabled. Enabling needs the plugin started and its
 * required dependencies enabled; disabling is refused while an enabled plugin depends on it (optional
 * dependencies do not count either way). Read once per request and kept for it; whether a plugin is active comes
 * from {@link TenantCache}, evicted by every change.
 */
@RequestScoped
@Transactional
public class Enablement {

    @Inject
    EntityManager em;

    @Inject
    PluginRegistry registry;

    Clock clock = Clock.systemUTC();

    @Inject
    TenantContext tenant;

    @Inject
    TenantCache cache;

    private Map<String, PluginEnablement> enabled;
    private String readFor;

    public Map<String, PluginEnablement> enabled() {
        if (enabled == null || !tenant.slug().equals(readFor)) {
            readFor = tenant.slug();
            enabled = em.createQuery("select e from PluginEnablement e", PluginEnablement.class).getResultStream()
                    .collect(Collectors.toMap(PluginEnablement::pluginId, Function.identity()));
        }
        return enabled;
    }

    /** @return whether the plugin is started and enabled for the current cooperation */
    public boolean active(String pluginId) {
        return registry.find(pluginId).map(PluginRecord::started).orElse(false) && enabledIds().contains(pluginId);
    }

    /** @return the ids of the plugins the current cooperation has enabled, through {@link TenantCache} */
    private Set<String> enabledIds() {
        if (enabled != null && tenant.slug().equals(readFor)) {
            return Set.copyOf(enabled.keySet());
        }
        return cache.get(TenantCache.enablementKey(tenant.slug()), () -> Set.copyOf(
                em.createQuery("select e.pluginId from PluginEnablement e", String.class).getResultList()));
    }

    public PluginEnablement enable(String pluginId, String by) {
        PluginRecord record = existing(pluginId);
        if (!record.started()) {
            throw new ApiError(409, "Le module « " + pluginId + " » ne peut pas être activé : il est "
                    + record.state() + (record.reason() == null ? "" : " (" + record.reason() + ")") + ".");
        }
        List<String> missing = record.descriptor().dependencies().stream()
                .filter(d -> !d.optional())
                .map(Dependency::pluginId)
                .filter(id -> !enabled().containsKey(id))
                .toList();
        if (!missing.isEmpty()) {
            throw new ApiError(409, "Activez d’abord les modules dont « " + pluginId + " » dépend : " + String.join(", ", missing) + ".");
        }
        return enabled().computeIfAbsent(pluginId, id -> {
            PluginEnablement row = new PluginEnablement(id, OffsetDateTime.now(clock), by);
            em.persist(row);
            cache.changed(TenantCache.enablementKey(tenant.slug()));
            // Written now rather than at commit: when the cooperation was created in the same
            // transaction (a tenant descriptor), its row, flushed by the shared EntityManager, was not
            // seen by the commit-time write of this one (foreign key violation).
            em.flush();
            return row;
        });
    }

    public void disable(String pluginId) {
        existing(pluginId);
        List<String> dependents = registry.requiredBy(pluginId).stream()
                .map(PluginRecord::id)
                .filter(enabled()::containsKey)
                .toList();
        if (!dependents.isEmpty()) {
            throw new ApiError(409, "Désactivez d’abord les modules qui dépendent de « " + pluginId + " » : " + String.join(", ", dependents) + ".");
        }
        PluginEnablement row = enabled().remove(pluginId);
        if (row != null) {
            em.remove(em.merge(row));
            cache.changed(TenantCache.enablementKey(tenant.slug()));
        }
    }

    public PluginRecord existing(String pluginId) {
        return registry.find(pluginId)
                .orElseThrow(() -> new ApiError(404, "Aucun module ne porte l’identifiant « " + pluginId + " »."));
    }
}
