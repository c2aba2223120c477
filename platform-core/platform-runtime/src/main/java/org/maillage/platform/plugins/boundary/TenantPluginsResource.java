package org.maillage.platform.plugins.boundary;

import org.maillage.platform.api.security.NetworkLevel;
import org.maillage.platform.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.plugins.control.Enablement;
import org.maillage.platform.plugins.control.PluginRecord;
import org.maillage.platform.plugins.control.PluginRegistry;

/** The plugins of one cooperation: which exist, in which state, and which it has enabled. */
@Path("tenants/{tenant}/plugins")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Modules", description = "Modules (plugins) d’une coopération")
public class TenantPluginsResource {

    @Inject
    PluginRegistry registry;

    @Inject
    Enablement enablement;

    @GET
    @Operation(summary = "Lister les modules, leur état et leur activation pour la coopération")
    public List<PluginView> list() {
        return registry.all().stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Lire un module")
    public PluginView get(@PathParam("id") String id) {
        return view(enablement.existing(id));
    }

    @POST
    @Path("{id}/enable")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @NetworkLevel
    @Operation(summary = "Activer un module pour la coopération (ses dépendances doivent être actives)")
    public PluginView enable(@PathParam("id") String id) {
        enablement.enable(id, null);
        return view(enablement.existing(id));
    }

    @POST
    @Path("{id}/disable")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @NetworkLevel
    @Operation(summary = "Désactiver un module pour la coopération")
    public PluginView disable(@PathParam("id") String id) {
        enablement.disable(id);
        return view(enablement.existing(id));
    }

    private PluginView view(PluginRecord record) {
        return PluginView.of(record, enablement.enabled().get(record.id()), true);
    }
}
