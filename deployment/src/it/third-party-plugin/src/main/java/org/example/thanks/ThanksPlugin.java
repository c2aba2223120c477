package org.example.thanks;

import jakarta.enterprise.context.ApplicationScoped;
import org.maillage.platform.api.plugin.Plugin;
import org.maillage.platform.api.plugin.PluginDescriptor;

/** Thank-you messages a cooperation sends its volunteers. */
@ApplicationScoped
public class ThanksPlugin implements Plugin {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("thanks", "Remerciements", "1.0.0")
                .withPlatformVersions("[0.1,1.0)")
                .withRoles("coordinator");
    }
}
