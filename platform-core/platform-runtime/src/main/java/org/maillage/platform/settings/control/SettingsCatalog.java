package org.maillage.platform.settings.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.maillage.platform.api.settings.Setting;

/** Every setting declared by the platform and the plugins, by key. Two declarations of one key stop the start. */
@ApplicationScoped
public class SettingsCatalog {

    @Inject
    @Any
    Instance<Setting> declared;

    private final Map<String, Setting> byKey = new TreeMap<>();

    @PostConstruct
    void collect() {
        for (Setting setting : declared) {
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
