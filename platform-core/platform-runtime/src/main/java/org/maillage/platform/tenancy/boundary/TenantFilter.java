package org.maillage.platform.tenancy.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.Set;
import org.maillage.platform.errors.control.ApiError;
import org.maillage.platform.tenancy.control.CurrentTenant;
import org.maillage.platform.tenancy.control.TenantAccess;
import org.maillage.platform.tenancy.control.Tenants;
import org.maillage.platform.tenancy.entity.Tenant;

/**
 * Resolves and checks the tenant of every request to a resource whose path has a {@value #PARAMETER}
 * parameter, then binds it to the request. Unknown → 404, archived → 410, suspended and writing → 403,
 * refused by {@link TenantAccess} → 403. No plugin code runs before this filter has passed.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class TenantFilter implements ContainerRequestFilter {

    public static final String PARAMETER = "tenant";

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    Tenants tenants;

    @Inject
    TenantAccess access;

    @Inject
    CurrentTenant current;

    @Override
    public void filter(ContainerRequestContext request) {
        String slug = request.getUriInfo().getPathParameters().getFirst(PARAMETER);
        if (slug == null) {
            return;
        }
        Tenant tenant = tenants.find(slug)
                .orElseThrow(() -> new ApiError(404, "Aucune coopération n'a l'identifiant « " + slug + " »."));
        boolean write = !READS.contains(request.getMethod());
        switch (tenant.status()) {
            case ARCHIVED -> throw new ApiError(410, "La coopération « " + slug + " » est archivée.");
            case SUSPENDED -> {
                if (write) {
                    throw new ApiError(403, "La coopération « " + slug + " » est suspendue : ses données sont en lecture seule.");
                }
            }
            case ACTIVE -> {
            }
        }
        Optional<String> refusal = access.refusal(request, tenant, write);
        if (refusal.isPresent()) {
            throw new ApiError(403, refusal.get());
        }
        current.bind(tenant.slug());
    }
}
