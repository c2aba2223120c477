package org.maillage.platform.api.plugin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as an extension point that a plugin offers to others. Any plugin may contribute
 * by providing a CDI bean that implements the interface, provided it declares a dependency on the
 * offering plugin; a contribution from a plugin without that dependency fails that plugin at start-up
 * with a clear reason. Contributions are read through {@link Extensions}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExtensionPoint {

    /** @return the id of the plugin that offers this extension point */
    String plugin();
}
