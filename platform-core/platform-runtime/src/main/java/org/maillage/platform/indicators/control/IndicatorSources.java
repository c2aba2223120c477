package org.maillage.platform.indicators.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.maillage.platform.api.plugin.Indicator;
import org.maillage.platform.api.plugin.IndicatorSource;
import org.maillage.platform.plugins.control.Enablement;
import org.maillage.platform.plugins.control.PluginRecord;
import org.maillage.platform.plugins.control.PluginRegistry;

/**
 * Asks every plugin started and enabled in the bound cooperation for its indicators of a month. Only the
 * keys a plugin declared in its descriptor are kept; a plugin that fails, or returns a value that is not a
 * finite number, is reported and the others go on.
 */
@ApplicationScoped
public class IndicatorSources {

    private static final Logger LOG = Logger.getLogger(IndicatorSources.class.getName());

    @Inject
    BeanManager beans;

    @Inject
    PluginRegistry registry;

    @Inject
    Enablement enablement;

    @Inject
    SourceCall call;

    /** The values computed, and what could not be. */
    public record Computed(Map<String, BigDecimal> values, List<String> failures) {
    }

    /** @return the indicators of the plugins started and enabled in the bound cooperation, in plugin order */
    public List<Indicator> declared() {
        return registry.all().stream()
                .filter(p -> p.started() && enablement.active(p.id()))
                .flatMap(p -> p.descriptor().indicators().stream())
                .toList();
    }

    public Computed compute(YearMonth month) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(IndicatorSource.class, Any.Literal.INSTANCE)) {
            String plugin = registry.pluginOf(bean.getBeanClass()).orElse(null);
            PluginRecord record = plugin == null ? null : registry.find(plugin).orElse(null);
            if (record == null || !record.started() || !enablement.active(plugin)) {
                continue;
            }
            Set<String> keys = record.descriptor().indicators().stream().map(Indicator::key).collect(Collectors.toSet());
            IndicatorSource source = (IndicatorSource) beans.getReference(bean, IndicatorSource.class, beans.createCreationalContext(bean));
            try {
                call.values(source, month).forEach((key, number) -> {
                    if (keys.contains(key)) {
                        SnapshotRules.decimal(number).ifPresentOrElse(v -> values.put(key, v),
                                () -> failures.add(key + ": la valeur n’est pas un nombre fini"));
                    }
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The indicators of plugin " + plugin + " failed for " + month, e);
                failures.add(plugin + ": le calcul des indicateurs a échoué");
            }
        }
        return new Computed(values, failures);
    }
}
