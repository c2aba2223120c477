package org.maillage.platform.tenancy.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.api.http.RateLimited;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.tenancy.control.TenantDescriptors;

/**
 * Applies the tenant descriptors again without a restart ({@code ./maillage provision}). Not
 * transactional here: each descriptor is applied in its own transaction, so one invalid descriptor
 * never stops the others.
 */
@Path("tenants/provisioning")
@RolesAllowed(Roles.NETWORK_ADMIN)
@RateLimited(value = "provisioning", perPerson = 30)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coopérations", description = "Registre national des coopérations (tenants)")
public class ProvisioningResource {

    /** @param report one line per descriptor file: what was done, or what is wrong with it (file and field) */
    public record ProvisioningReport(List<String> report) {
    }

    @Inject
    TenantDescriptors descriptors;

    @POST
    @Operation(summary = "Relire les descriptions de coopérations (tenants/<slug>/tenant.json) et créer ou mettre à jour les coopérations")
    public ProvisioningReport provision() {
        return new ProvisioningReport(descriptors.provision());
    }
}
