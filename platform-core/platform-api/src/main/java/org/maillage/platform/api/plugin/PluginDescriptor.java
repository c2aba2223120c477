package org.maillage.platform.api.plugin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.maillage.platform.api.settings.Setting;

/**
 * What a plugin is and what it needs. Built with {@link #of(String, String, String)} and the
 * {@code with...} methods, each of which returns a new descriptor.
 *
 * @param id               a string id: lower case letters, digits and hyphens ({@code onboarding})
 * @param displayName      the French name shown to users
 * @param version          the plugin's version, dotted numbers ({@code 1.0.0})
 * @param platformVersions the platform versions it runs on, as a Maven range
 * @param dependencies     the plugins it needs
 * @param roles            the roles its endpoints and pages use
 * @param settings         its settings, keys prefixed with its id
 * @param pages            its web pages
 * @param indicators       the indicators it contributes to national reporting
 * @param networkScope     whether it observes the events of every cooperation (national plugins)
 */
public record PluginDescriptor(String id, String displayName, String version, String platformVersions,
                               List<Dependency> dependencies, Set<String> roles, List<Setting> settings,
                               List<WebPage> pages, List<Indicator> indicators, boolean networkScope) {

    /** The form of a plugin id. */
    public static final String ID = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

    public PluginDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(platformVersions, "platformVersions");
        dependencies = List.copyOf(dependencies);
        roles = Set.copyOf(roles);
        settings = List.copyOf(settings);
        pages = List.copyOf(pages);
        indicators = List.copyOf(indicators);
    }

    /** A descriptor that runs on any platform version, with nothing else declared yet. */
    public static PluginDescriptor of(String id, String displayName, String version) {
        return new PluginDescriptor(id, displayName, version, "0", List.of(), Set.of(), List.of(), List.of(), List.of(), false);
    }

    public PluginDescriptor withPlatformVersions(String range) {
        return new PluginDescriptor(id, displayName, version, range, dependencies, roles, settings, pages, indicators, networkScope);
    }

    public PluginDescriptor withDependency(String pluginId, String versions) {
        return with(new Dependency(pluginId, versions, false));
    }

    /**
     * Declares a plugin this one works with when it is there: its JAR must be installed for the classes
     * this plugin uses (they are shared), but it need not be started nor enabled for a cooperation.
     * See {@link Dependency#optional()}.
     */
    public PluginDescriptor withOptionalDependency(String pluginId, String versions) {
        return with(new Dependency(pluginId, versions, true));
    }

    private PluginDescriptor with(Dependency dependency) {
        List<Dependency> more = new ArrayList<>(dependencies);
        more.add(dependency);
        return new PluginDescriptor(id, displayName, version, platformVersions, more, roles, settings, pages, indicators, networkScope);
    }

    public PluginDescriptor withRoles(String... names) {
        Set<String> more = new LinkedHashSet<>(roles);
        more.addAll(List.of(names));
        return new PluginDescriptor(id, displayName, version, platformVersions, dependencies, more, settings, pages, indicators, networkScope);
    }

    public PluginDescriptor withSettings(Setting... declared) {
        List<Setting> more = new ArrayList<>(settings);
        more.addAll(List.of(declared));
        return new PluginDescriptor(id, displayName, version, platformVersions, dependencies, roles, more, pages, indicators, networkScope);
    }

    public PluginDescriptor withPages(WebPage... added) {
        List<WebPage> more = new ArrayList<>(pages);
        more.addAll(List.of(added));
        return new PluginDescriptor(id, displayName, version, platformVersions, dependencies, roles, settings, more, indicators, networkScope);
    }

    public PluginDescriptor withIndicators(Indicator... added) {
        List<Indicator> more = new ArrayList<>(indicators);
        more.addAll(List.of(added));
        return new PluginDescriptor(id, displayName, version, platformVersions, dependencies, roles, settings, pages, more, networkScope);
    }

    /** @return a copy that observes the events of every cooperation */
    public PluginDescriptor withNetworkScope() {
        return new PluginDescriptor(id, displayName, version, platformVersions, dependencies, roles, settings, pages, indicators, true);
    }

    /** @return the problems that make this descriptor invalid, in French; empty when it is valid */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!id.matches(ID) || id.length() > 30) {
            problems.add("identifiant « " + id + " » invalide : lettres minuscules, chiffres et tirets, 30 caractères au plus");
        }
        if (displayName.isBlank()) {
            problems.add("nom affiché vide");
        }
        if (!version.matches("\\d+(\\.\\d+)*")) {
            problems.add("version « " + version + " » invalide : des nombres séparés par des points");
        }
        for (Setting setting : settings) {
            if (!setting.key().startsWith(id + ".")) {
                problems.add("le paramètre « " + setting.key() + " » doit commencer par « " + id + ". »");
            }
        }
        for (Indicator indicator : indicators) {
            if (!indicator.key().startsWith(id + ".")) {
                problems.add("l’indicateur « " + indicator.key() + " » doit commencer par « " + id + ". »");
            }
        }
        for (Dependency dependency : dependencies) {
            if (dependency.pluginId().equals(id)) {
                problems.add("le plugin dépend de lui-même");
            }
        }
        return problems;
    }
}
