package org.maillage.platform.plugins.boundary;

import org.maillage.platform.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.plugins.control.PluginRegistry;

/** The plugins of the platform and their state, for the national console. */
@Path("plugins")
@RolesAllowed(Roles.NETWORK_ADMIN)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Modules")
public class PluginsResource {

    @Inject
    PluginRegistry registry;

    @GET
    @Operation(summary = "Lister les modules de la plateforme et leur état (FAILED avec la raison)")
    public List<PluginView> list() {
        return registry.all().stream().map(r -> PluginView.of(r, null, false)).toList();
    }
}
