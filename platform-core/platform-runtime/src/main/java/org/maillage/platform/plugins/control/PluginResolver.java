package org.maillage.platform.plugins.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.maillage.platform.api.plugin.Dependency;
import org.maillage.platform.api.plugin.PluginDescriptor;

/**
 * Decides which plugins can start and in what order: valid descriptor, platform version in range,
 * every dependency present, started before, in range and not failed, no cycle. An optional dependency
 * that is present and can start is ordered first; one that is absent, disabled, failed or out of range
 * is ignored. Pure logic.
 */
final class PluginResolver {

    /**
     * @param order    the ids that can start, dependencies first (ties broken by id)
     * @param failures the ids that cannot, with the reason in French
     * @param disabled the ids disabled by configuration
     */
    record Outcome(List<String> order, Map<String, String> failures, Set<String> disabled) {
    }

    private PluginResolver() {
    }

    static Outcome resolve(Collection<PluginDescriptor> descriptors, String platformVersion, Set<String> disabledIds) {
        return resolve(descriptors, platformVersion, disabledIds, Map.of());
    }

    /** @param known failures found elsewhere (a contribution without dependency), kept and propagated to dependents */
    static Outcome resolve(Collection<PluginDescriptor> descriptors, String platformVersion, Set<String> disabledIds,
                           Map<String, String> known) {
        Map<String, String> failures = new TreeMap<>(known);
        Map<String, PluginDescriptor> byId = new TreeMap<>();
        Map<String, Integer> seen = new HashMap<>();
        descriptors.forEach(d -> seen.merge(d.id(), 1, Integer::sum));
        for (PluginDescriptor descriptor : descriptors) {
            byId.put(descriptor.id(), descriptor);
            if (failures.containsKey(descriptor.id())) {
                continue;
            }
            if (seen.get(descriptor.id()) > 1) {
                failures.put(descriptor.id(), "identifiant déclaré par plusieurs plugins");
            } else if (!descriptor.problems().isEmpty()) {
                failures.put(descriptor.id(), "descripteur invalide : " + String.join(" ; ", descriptor.problems()));
            } else {
                platformProblem(descriptor, platformVersion).ifPresent(p -> failures.put(descriptor.id(), p));
            }
        }
        Set<String> disabled = new TreeSet<>(disabledIds);
        disabled.retainAll(byId.keySet());
        disabled.forEach(failures::remove);

        boolean changed = true;
        while (changed) {
            changed = false;
            for (PluginDescriptor descriptor : byId.values()) {
                if (failures.containsKey(descriptor.id()) || disabled.contains(descriptor.id())) {
                    continue;
                }
                Optional<String> problem = dependencyProblem(descriptor, byId, failures, disabled);
                if (problem.isPresent()) {
                    failures.put(descriptor.id(), problem.get());
                    changed = true;
                }
            }
        }
        Map<String, PluginDescriptor> candidates = new LinkedHashMap<>();
        byId.values().stream()
                .filter(d -> !failures.containsKey(d.id()) && !disabled.contains(d.id()))
                .forEach(d -> candidates.put(d.id(), d));
        List<String> order = order(candidates, failures);
        return new Outcome(order, failures, disabled);
    }

    private static Optional<String> platformProblem(PluginDescriptor descriptor, String platformVersion) {
        try {
            if (!VersionRange.parse(descriptor.platformVersions()).contains(Version.parse(platformVersion))) {
                return Optional.of("demande la plateforme " + descriptor.platformVersions() + ", version actuelle " + platformVersion);
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("versions de plateforme invalides : " + e.getMessage());
        }
    }

    private static Optional<String> dependencyProblem(PluginDescriptor descriptor, Map<String, PluginDescriptor> byId,
                                                      Map<String, String> failures, Set<String> disabled) {
        for (Dependency dependency : descriptor.dependencies()) {
            PluginDescriptor needed = byId.get(dependency.pluginId());
            if (dependency.optional()) {
                continue;
            }
            if (needed == null) {
                return Optional.of("dépend du plugin absent « " + dependency.pluginId() + " »");
            }
            if (disabled.contains(needed.id())) {
                return Optional.of("dépend du plugin désactivé « " + needed.id() + " »");
            }
            if (failures.containsKey(needed.id())) {
                return Optional.of("dépend du plugin en échec « " + needed.id() + " »");
            }
            try {
                if (!VersionRange.parse(dependency.versions()).contains(Version.parse(needed.version()))) {
                    return Optional.of("demande « " + needed.id() + " » " + dependency.versions() + ", version présente " + needed.version());
                }
            } catch (IllegalArgumentException e) {
                return Optional.of("versions demandées pour « " + needed.id() + " » invalides : " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** Kahn's topological sort; what remains is on a cycle or depends on one, and fails. */
    private static List<String> order(Map<String, PluginDescriptor> candidates, Map<String, String> failures) {
        Map<String, Set<String>> waitingFor = new TreeMap<>();
        candidates.values().forEach(d -> waitingFor.put(d.id(),
                new TreeSet<>(d.dependencies().stream().filter(dep -> usable(dep, candidates)).map(Dependency::pluginId).toList())));
        List<String> order = new ArrayList<>();
        Deque<String> ready = new ArrayDeque<>();
        waitingFor.forEach((id, deps) -> {
            if (deps.isEmpty()) {
                ready.add(id);
            }
        });
        while (!ready.isEmpty()) {
            String next = ready.poll();
            order.add(next);
            List<String> released = new ArrayList<>();
            waitingFor.forEach((id, deps) -> {
                if (deps.remove(next) && deps.isEmpty()) {
                    released.add(id);
                }
            });
            released.stream().sorted().forEach(ready::add);
        }
        waitingFor.keySet().stream().filter(id -> !order.contains(id)).forEach(id ->
                failures.put(id, cycleThrough(id, candidates).map(c -> "cycle de dépendances : " + c)
                        .orElse("dépend d’un plugin pris dans un cycle de dépendances")));
        return order;
    }

    /** @return whether the dependency counts for the order: required, or optional and present, startable and in range */
    private static boolean usable(Dependency dependency, Map<String, PluginDescriptor> candidates) {
        if (!dependency.optional()) {
            return true;
        }
        PluginDescriptor present = candidates.get(dependency.pluginId());
        try {
            return present != null && VersionRange.parse(dependency.versions()).contains(Version.parse(present.version()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<String> cycleThrough(String start, Map<String, PluginDescriptor> candidates) {
        Deque<String> path = new ArrayDeque<>();
        return walk(start, start, candidates, path, new TreeSet<>());
    }

    private static Optional<String> walk(String start, String current, Map<String, PluginDescriptor> candidates,
                                         Deque<String> path, Set<String> visited) {
        path.addLast(current);
        for (Dependency dependency : candidates.get(current).dependencies()) {
            if (!usable(dependency, candidates)) {
                continue;
            }
            String next = dependency.pluginId();
            if (next.equals(start)) {
                return Optional.of(String.join(" → ", path) + " → " + start);
            }
            if (candidates.containsKey(next) && visited.add(next)) {
                Optional<String> found = walk(start, next, candidates, path, visited);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        path.removeLast();
        return Optional.empty();
    }
}
