package org.maillage.platform.settings.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.maillage.platform.api.settings.Setting;
import org.maillage.platform.plugins.control.PluginRegistry;

/**
 * Every setting declared by the platform (producer fields) and by the plugins (their descriptors), by key.
 * Two different declarations of one key stop the start.
 */
@ApplicationScoped
public class SettingsCatalog {

    @Inject
    @Any
    Instance<Setting> declared;

    private final Map<String, Setting> byKey = new TreeMap<>();

    @Inject
    PluginRegistry plugins;

    @PostConstruct
    void collect() {
        List<Setting> all = new ArrayList<>();
        declared.forEach(all::add);
        plugins.all().forEach(p -> all.addAll(p.descriptor().settings()));
        for (Setting setting : all) {
            Setting previous = byKey.putIfAbsent(setting.key(), setting);
            if (previous != null && !previous.equals(setting)) {
                throw new IllegalStateException("The setting " + setting.key() + " is declared twice, differently");
            }
        }
    }

    public Optional<Setting> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Collection<Setting> all() {
        return byKey.values();
    }
}
