package org.maillage.platform.plugins.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.maillage.platform.api.plugin.Contribution;
import org.maillage.platform.api.plugin.ExtensionPoint;
import org.maillage.platform.api.plugin.Extensions;
import org.maillage.platform.api.tenant.TenantContext;

/** Reads contributions to extension points, keeping those of plugins that are active where the caller acts. */
@ApplicationScoped
public class PluginExtensions implements Extensions {

    @Inject
    BeanManager beans;

    @Inject
    PluginRegistry registry;

    @Inject
    TenantContext tenant;

    @Inject
    Enablement enablement;

    @Override
    public <T> List<T> contributions(Class<T> point) {
        ExtensionPoint declared = point.getAnnotation(ExtensionPoint.class);
        if (declared == null) {
            throw new IllegalArgumentException(point.getName() + " is not marked @ExtensionPoint");
        }
        if (!active(declared.plugin())) {
            return List.of();
        }
        record Found<T>(T contribution, int order, String plugin) {
        }
        List<Found<T>> found = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(point, Any.Literal.INSTANCE)) {
            String plugin = registry.pluginOf(bean.getBeanClass()).orElse("");
            if (!plugin.isEmpty() && !active(plugin)) {
                continue;
            }
            Contribution position = bean.getBeanClass().getAnnotation(Contribution.class);
            T reference = point.cast(beans.getReference(bean, point, beans.createCreationalContext(bean)));
            found.add(new Found<>(reference, position == null ? 100 : position.order(), plugin));
        }
        return found.stream()
                .sorted(Comparator.comparingInt((Found<T> f) -> f.order()).thenComparing(Found::plugin))
                .map(Found::contribution)
                .toList();
    }

    private boolean active(String pluginId) {
        boolean started = registry.find(pluginId).map(PluginRecord::started).orElse(false);
        return started && (!tenant.isBound() || enablement.active(pluginId));
    }
}
