package org.maillage.platform.plugins.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.maillage.platform.api.plugin.Dependency;
import org.maillage.platform.api.plugin.ExtensionPoint;
import org.maillage.platform.api.plugin.Plugin;
import org.maillage.platform.plugins.entity.PluginState;

/**
 * The plugins of this platform: found as CDI beans implementing {@link Plugin}, resolved
 * ({@link PluginResolver}), migrated and started in dependency order, stopped in reverse.
 * A plugin that cannot start is FAILED with its reason; the platform goes on without it.
 */
@ApplicationScoped
public class PluginRegistry {

    private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());

    @Inject
    @Any
    Instance<Plugin> plugins;

    @Inject
    BeanManager beans;

    @Inject
    PluginMigrations migrations;

    @Inject
    Config config;

    private final Map<String, PluginRecord> records = new TreeMap<>();
    private final Map<URL, String> pluginByLocation = new ConcurrentHashMap<>();
    private final Map<Class<?>, Optional<String>> pluginByClass = new ConcurrentHashMap<>();
    private List<String> order = List.of();

    /** Finds and resolves the plugins. Nothing is started yet. */
    public synchronized void resolve() {
        Map<String, String> known = new TreeMap<>();
        for (Instance.Handle<Plugin> handle : plugins.handles()) {
            Class<?> type = handle.getBean().getBeanClass();
            Plugin plugin = handle.get();
            PluginRecord record = new PluginRecord(plugin.descriptor(), plugin, type);
            if (records.putIfAbsent(record.id(), record) != null) {
                known.put(record.id(), "identifiant déclaré par plusieurs plugins (" + type.getName() + ", "
                        + records.get(record.id()).type().getName() + ")");
            }
            pluginByLocation.put(record.location(), record.id());
        }
        contributionProblems().forEach(known::putIfAbsent);
        PluginResolver.Outcome outcome = PluginResolver.resolve(
                records.values().stream().map(PluginRecord::descriptor).toList(),
                PlatformVersion.current(),
                Set.copyOf(config.getOptionalValues("maillage.plugins.disabled", String.class).orElse(List.of())),
                known);
        outcome.disabled().forEach(id -> records.get(id).moveTo(PluginState.DISABLED, "désactivé par la configuration (maillage.plugins.disabled)"));
        outcome.failures().forEach((id, reason) -> fail(id, reason));
        outcome.order().forEach(id -> records.get(id).moveTo(PluginState.RESOLVED, null));
        order = outcome.order();
    }

    /** Applies the migrations of the resolved plugins, in order; a plugin whose migrations fail is FAILED. */
    public synchronized void migrate() {
        for (String id : order) {
            PluginRecord record = records.get(id);
            if (!dependenciesHold(record)) {
                continue;
            }
            try {
                int applied = migrations.migrate(id, record.type().getClassLoader());
                LOG.info(() -> "Plugin " + id + ": " + applied + " migrations applied now");
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Migrations of plugin " + id + " failed", e);
                fail(id, "migrations en échec : " + e.getMessage());
            }
        }
    }

    /** @return one class of each plugin that may still start: the persistence unit takes their JARs' entities */
    public synchronized List<Class<?>> moduleClasses() {
        return records.values().stream().filter(r -> r.state() == PluginState.RESOLVED).<Class<?>>map(PluginRecord::type).toList();
    }

    /** Starts the resolved plugins in dependency order. */
    public synchronized void start() {
        for (String id : order) {
            PluginRecord record = records.get(id);
            if (record.state() != PluginState.RESOLVED || !dependenciesHold(record)) {
                continue;
            }
            try {
                record.plugin().start();
                record.moveTo(PluginState.STARTED, null);
                LOG.info(() -> "Plugin " + id + " " + record.descriptor().version() + " started");
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Plugin " + id + " failed to start", e);
                fail(id, "échec au démarrage : " + e.getMessage());
            }
        }
    }

    /** Stops the started plugins, in reverse order. */
    public synchronized void stop() {
        List<String> reverse = new ArrayList<>(order);
        Collections.reverse(reverse);
        for (String id : reverse) {
            PluginRecord record = records.get(id);
            if (record.started()) {
                try {
                    record.plugin().stop();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Plugin " + id + " failed to stop", e);
                }
                record.moveTo(PluginState.STOPPED, null);
            }
        }
    }

    public Collection<PluginRecord> all() {
        return List.copyOf(records.values());
    }

    public Optional<PluginRecord> find(String id) {
        return Optional.ofNullable(records.get(id));
    }

    /** @return the id of the plugin whose JAR the class comes from; empty for the platform's own classes */
    public Optional<String> pluginOf(Class<?> type) {
        return pluginByClass.computeIfAbsent(type, t -> {
            var source = t.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.ofNullable(pluginByLocation.get(source.getLocation()));
        });
    }

    /** @return the plugins that declare a required (not optional) dependency on the given one */
    public List<PluginRecord> requiredBy(String id) {
        return records.values().stream()
                .filter(r -> r.descriptor().dependencies().stream().anyMatch(d -> !d.optional() && d.pluginId().equals(id)))
                .toList();
    }

    private boolean dependenciesHold(PluginRecord record) {
        for (Dependency dependency : record.descriptor().dependencies()) {
            PluginRecord needed = records.get(dependency.pluginId());
            if (!dependency.optional() && needed.state() == PluginState.FAILED) {
                fail(record.id(), "dépend du plugin en échec « " + needed.id() + " »");
                return false;
            }
        }
        return true;
    }

    private void fail(String id, String reason) {
        records.get(id).moveTo(PluginState.FAILED, reason);
        LOG.warning(() -> "Plugin " + id + " FAILED: " + reason);
    }

    /** A plugin that contributes to another plugin's extension point must depend on that plugin (optionally or not). */
    private Map<String, String> contributionProblems() {
        Map<String, String> problems = new TreeMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Optional<String> contributor = pluginOf(bean.getBeanClass());
            if (contributor.isEmpty() || !records.containsKey(contributor.get())) {
                continue;
            }
            Set<String> declared = new HashSet<>();
            records.get(contributor.get()).descriptor().dependencies().forEach(d -> declared.add(d.pluginId()));
            for (Class<?> point : interfaces(bean.getBeanClass())) {
                String offering = point.getAnnotation(ExtensionPoint.class).plugin();
                if (!offering.equals(contributor.get()) && !declared.contains(offering)) {
                    problems.putIfAbsent(contributor.get(), "contribue au point d’extension " + point.getSimpleName()
                            + " du plugin « " + offering + " » sans déclarer de dépendance envers lui");
                }
            }
        }
        return problems;
    }

    private static Set<Class<?>> interfaces(Class<?> type) {
        Set<Class<?>> points = new HashSet<>();
        for (Class<?> t = type; t != null; t = t.getSuperclass()) {
            for (Class<?> i : t.getInterfaces()) {
                collect(i, points);
            }
        }
        return points;
    }

    private static void collect(Class<?> type, Set<Class<?>> points) {
        if (type.isAnnotationPresent(ExtensionPoint.class)) {
            points.add(type);
        }
        for (Class<?> parent : type.getInterfaces()) {
            collect(parent, points);
        }
    }
}
