package org.maillage.platform.personaldata.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.platform.api.personaldata.PersonalData;
import org.maillage.platform.mail.control.Outbox;
import org.maillage.platform.plugins.control.Enablement;
import org.maillage.platform.plugins.control.PluginRegistry;

/**
 * The {@link PersonalData} beans of the plugins active in the current cooperation, by plugin id, and the platform's
 * own personal data under {@value #PLATFORM}: the outbox's messages to the person.
 */
@RequestScoped
public class PersonalDataHolders {

    static final String PLATFORM = "platform";

    @Inject
    Outbox outbox;

    @Inject
    @Any
    Instance<PersonalData> holders;

    @Inject
    PluginRegistry registry;

    @Inject
    Enablement enablement;

    public Map<String, Map<String, Object>> export(Person person) {
        Map<String, Map<String, Object>> all = new TreeMap<>();
        List<Map<String, Object>> messages = outbox.export(person.email());
        if (!messages.isEmpty()) {
            all.put(PLATFORM, Map.of("boîte d’envoi", messages));
        }
        each((plugin, holder) -> {
            Map<String, Object> held = holder.export(person);
            if (!held.isEmpty()) {
                all.put(plugin, held);
            }
        });
        return all;
    }

    public Map<String, Integer> erase(Person person) {
        Map<String, Integer> erased = new TreeMap<>();
        each((plugin, holder) -> erased.put(plugin, holder.erase(person)));
        erased.put(PLATFORM, outbox.forget(person.email()));
        return erased;
    }

    private void each(BiConsumer<String, PersonalData> action) {
        for (Instance.Handle<PersonalData> handle : holders.handles()) {
            registry.pluginOf(handle.getBean().getBeanClass())
                    .filter(enablement::active)
                    .ifPresent(plugin -> action.accept(plugin, handle.get()));
        }
    }
}
