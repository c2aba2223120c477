package org.maillage.platform.tenancy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.tenancy.control.Tenants;
import org.maillage.platform.tenancy.entity.TenantStatus;

/**
 * The network's cooperations by name, for every member of one: the pages of shared experience and of the
 * national reporting name a cooperation by its name, not its slug. Only what the network already knows of a
 * cooperation (name, départements); archived cooperations are left out. The registry itself, with contacts and
 * statuses, stays with network admins ({@link TenantsResource}).
 */
@Path("cooperations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coopérations")
public class CooperationsResource {

    @Inject
    Tenants tenants;

    public record Cooperation(String slug, String displayName, List<String> departements) {
    }

    @GET
    @Operation(summary = "Les coopérations du réseau, par nom (les archivées exceptées)")
    public List<Cooperation> list() {
        return tenants.list(null).stream()
                .filter(t -> t.status() != TenantStatus.ARCHIVED)
                .map(t -> new Cooperation(t.slug(), t.displayName(), t.departements()))
                .toList();
    }
}
