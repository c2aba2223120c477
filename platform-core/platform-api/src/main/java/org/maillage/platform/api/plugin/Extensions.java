package org.maillage.platform.api.plugin;

import java.util.List;

/** Reads the contributions to an extension point. Injected with {@code @Inject Extensions}. */
public interface Extensions {

    /**
     * @param point an interface marked {@link ExtensionPoint}
     * @return the contributions of the started plugins enabled for the current tenant (the offering
     *         plugin included), in {@link Contribution#order()} then plugin id order; when no tenant
     *         is bound, those of every started plugin
     */
    <T> List<T> contributions(Class<T> point);
}
