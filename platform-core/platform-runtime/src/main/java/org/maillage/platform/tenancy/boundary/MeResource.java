package org.maillage.platform.tenancy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.security.control.Caller;
import org.maillage.platform.tenancy.control.Tenants;
import org.maillage.platform.tenancy.entity.TenantStatus;

/**
 * Who the caller is and which cooperations they belong to, with their roles in each: what the web UI
 * needs to build its menus. {@code roles} is every role held somewhere (network admin, and the roles of
 * every cooperation); what the caller may do in one cooperation is that cooperation's {@code roles}
 * (plus network admin).
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moi")
public class MeResource {

    @Inject
    Caller caller;

    @Inject
    Tenants tenants;

    public record Membership(String slug, String displayName, TenantStatus status, Set<String> roles) {
    }

    public record Me(String subject, Set<String> roles, boolean networkAdmin, List<Membership> cooperations) {
    }

    @GET
    @Operation(summary = "L’utilisateur connecté, ses rôles et ses coopérations avec son rôle dans chacune")
    public Me me() {
        List<Membership> cooperations = caller.tenants().stream()
                .flatMap(slug -> tenants.find(slug).stream())
                .filter(t -> t.status() != TenantStatus.ARCHIVED)
                .map(t -> new Membership(t.slug(), t.displayName(), t.status(), caller.memberships().in(t.slug())))
                .toList();
        return new Me(caller.subject(), caller.roles(), caller.networkAdmin(), cooperations);
    }
}
