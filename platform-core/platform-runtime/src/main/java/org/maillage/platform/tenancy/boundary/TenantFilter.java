package org.maillage.platform.tenancy.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.core.PathSegment;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.plugins.control.Enablement;
import org.maillage.platform.plugins.control.PluginRegistry;
import org.maillage.platform.tenancy.control.CurrentTenant;
import org.maillage.platform.security.boundary.AccessFilter;
import org.maillage.platform.security.control.TenantAccess;
import org.maillage.platform.api.security.NetworkLevel;
import org.maillage.platform.tenancy.control.Tenants;
import org.maillage.platform.persistence.control.TenantCache;
import org.maillage.platform.tenancy.entity.TenantStatus;

/**
 * Resolves and checks the tenant of every request to a resource whose path has a {@value TenantAccess#PATH_PARAMETER}
 * parameter, then binds it to the request. Refused by {@link TenantAccess} (no role in this cooperation; a
 * network admin writing outside {@code @NetworkLevel}) → 403, checked first so that non-members learn nothing;
 * unknown → 404, archived → 410, suspended and writing → 403; a path of a plugin the cooperation has not enabled (or that
 * is not started) → 404. No plugin code runs before this filter has passed. The status and the enabled modules come from
 * {@link TenantCache} (read from the database on a miss; how they stay true is said there).
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 2)
public class TenantFilter implements ContainerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    ResourceInfo resource;

    @Inject
    Tenants tenants;

    @Inject
    TenantAccess access;

    @Inject
    CurrentTenant current;

    @Inject
    PluginRegistry registry;

    @Inject
    Enablement enablement;

    @Inject
    TenantCache cache;

    @Override
    public void filter(ContainerRequestContext request) {
        String slug = request.getUriInfo().getPathParameters().getFirst(TenantAccess.PATH_PARAMETER);
        if (slug == null) {
            return;
        }
        boolean write = !READS.contains(request.getMethod());
        Method method = resource.getResourceMethod();
        boolean networkLevel = method != null && AccessFilter.annotated(method, NetworkLevel.class);
        Optional<String> refusal = access.refusal(slug, write, networkLevel);
        if (refusal.isPresent()) {
            throw new ApiError(403, refusal.get());
        }
        TenantStatus status = cache.get(TenantCache.tenantKey(slug), () -> tenants.status(slug))
                .orElseThrow(() -> new ApiError(404, "Aucune coopération n’a l’identifiant « " + slug + " »."));
        switch (status) {
            case ARCHIVED -> throw new ApiError(410, "La coopération « " + slug + " » est archivée.");
            case SUSPENDED -> {
                if (write) {
                    throw new ApiError(403, "La coopération « " + slug + " » est suspendue : ses données sont en lecture seule.");
                }
            }
            case ACTIVE -> {
            }
        }
        current.bind(slug);
        pluginOfPath(request).ifPresent(pluginId -> {
            if (!enablement.active(pluginId)) {
                throw new ApiError(404, "Le module « " + pluginId + " » n’est pas activé pour la coopération « " + slug + " ».");
            }
        });
    }

    /** @return the plugin that owns the path: {@code /api/tenants/{tenant}/<plugin-id>/...} */
    private Optional<String> pluginOfPath(ContainerRequestContext request) {
        List<PathSegment> segments = request.getUriInfo().getPathSegments();
        if (segments.size() < 3) {
            return Optional.empty();
        }
        String candidate = segments.get(2).getPath();
        return registry.find(candidate).map(r -> candidate);
    }
}
