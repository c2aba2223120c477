package org.maillage.platform.tenancy.boundary;

import org.maillage.platform.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.tenancy.control.TenantRegistry;
import org.maillage.platform.tenancy.control.Tenants;
import org.maillage.platform.tenancy.entity.TenantStatus;

/** The national registry of cooperations. */
@Path("tenants")
@RolesAllowed(Roles.NETWORK_ADMIN)
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coopérations", description = "Registre national des coopérations (tenants)")
public class TenantsResource {

    private static final String NO_BODY = "le corps de la requête est obligatoire";

    @Inject
    TenantRegistry registry;

    @Inject
    Tenants tenants;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Créer une coopération")
    public Response create(@Valid @NotNull(message = NO_BODY) TenantForm form, @Context UriInfo uri) {
        TenantView created = TenantView.of(registry.create(form.slug(), form.displayName(), form.departements(), form.contactEmail()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "Lister les coopérations, éventuellement d’un seul état")
    public List<TenantView> list(@QueryParam("status") String status) {
        return tenants.list(parsed(status)).stream().map(TenantView::of).toList();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Lire une coopération")
    public TenantView get(@PathParam("slug") String slug) {
        return TenantView.of(registry.existing(slug));
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Modifier le nom, les départements et l’adresse de contact d’une coopération")
    public TenantView change(@PathParam("slug") String slug, @Valid @NotNull(message = NO_BODY) TenantChange change) {
        if (change.contactEmail() != null) {
            registry.contact(slug, change.contactEmail());
        }
        return TenantView.of(registry.change(slug, change.displayName(), change.departements()));
    }

    @POST
    @Path("{slug}/suspend")
    @Operation(summary = "Suspendre une coopération : ses données passent en lecture seule")
    public TenantView suspend(@PathParam("slug") String slug) {
        return TenantView.of(registry.move(slug, TenantStatus.SUSPENDED));
    }

    @POST
    @Path("{slug}/reactivate")
    @Operation(summary = "Réactiver une coopération suspendue")
    public TenantView reactivate(@PathParam("slug") String slug) {
        return TenantView.of(registry.move(slug, TenantStatus.ACTIVE));
    }

    @POST
    @Path("{slug}/archive")
    @Operation(summary = "Archiver une coopération (définitif)")
    public TenantView archive(@PathParam("slug") String slug) {
        return TenantView.of(registry.move(slug, TenantStatus.ARCHIVED));
    }

    private static TenantStatus parsed(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return TenantStatus.valueOf(status.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ApiError.invalidField("status", "doit valoir ACTIVE, SUSPENDED ou ARCHIVED");
        }
    }
}
