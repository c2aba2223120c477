package org.maillage.platform.tenancy.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.api.security.NetworkLevel;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.tenancy.control.CurrentTenant;
import org.maillage.platform.tenancy.control.TenantRegistry;
import org.maillage.platform.tenancy.entity.Tenant;

/**
 * A cooperation's contact address, where the national network writes to it (the commission réseau's invitations
 * and minutes): read and set by its coordinators, and by network admins.
 */
@Path("tenants/{tenant}/contact")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.NETWORK_ADMIN})
@Tag(name = "Coopérations", description = "Registre national des coopérations (tenants)")
public class ContactResource {

    /** @param contactEmail the address, or null when the cooperation has none */
    public record Contact(@Size(max = 254, message = "ne doit pas dépasser 254 caractères") String contactEmail) {

        static Contact of(Tenant tenant) {
            return new Contact(tenant.contactEmail().orElse(null));
        }
    }

    @Inject
    TenantRegistry registry;

    @Inject
    CurrentTenant tenant;

    @GET
    @Operation(summary = "Lire l'adresse de contact de la coopération")
    public Contact get() {
        return Contact.of(registry.existing(tenant.slug()));
    }

    @PUT
    @NetworkLevel
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changer l'adresse de contact de la coopération (vide : la retirer)")
    public Contact change(@Valid @NotNull(message = "le corps de la requête est obligatoire") Contact body) {
        return Contact.of(registry.contact(tenant.slug(), body.contactEmail()));
    }
}
