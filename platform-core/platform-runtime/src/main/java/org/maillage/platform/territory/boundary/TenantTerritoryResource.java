package org.maillage.platform.territory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.api.tenant.TenantContext;
import org.maillage.platform.tenancy.control.Departements;
import org.maillage.platform.tenancy.control.Tenants;
import org.maillage.platform.tenancy.entity.Tenant;
import org.maillage.platform.territory.boundary.TenantTerritoryView.DepartementView;
import org.maillage.platform.territory.control.Territory;

/** The territory of one cooperation: the communes of its départements. Tenant-scoped through {@code {tenant}}. */
@Path("tenants/{tenant}/territory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territoire", description = "Communes, intercommunalités et codes postaux (référentiel commun à toutes les coopérations)")
public class TenantTerritoryResource {

    @Inject
    TenantContext tenant;

    @Inject
    Tenants tenants;

    @Inject
    Departements departements;

    @Inject
    Territory territory;

    @GET
    @Operation(summary = "Lister les communes des départements de la coopération, avec leur total de population et d’intercommunalités")
    public TenantTerritoryView territory() {
        Tenant cooperation = tenants.find(tenant.slug()).orElseThrow();
        List<DepartementView> codes = cooperation.departements().stream()
                .map(code -> new DepartementView(code, departements.name(code)))
                .toList();
        return TenantTerritoryView.of(cooperation.slug(), codes, territory.ofDepartements(cooperation.departements()));
    }
}
