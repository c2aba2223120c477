package org.maillage.platform.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;
import org.maillage.platform.tenancy.entity.Tenant;

/**
 * The seam where the caller's identity is checked against the tenant of a request.
 *
 * <p>Called by the tenant filter for every tenant-scoped request, after the tenant is known to exist
 * and before it is bound. Until identity lands (Keycloak, MicroProfile JWT and cooperation
 * membership), the platform has no caller to check and lets the request through; this is the single
 * place where membership and roles will be enforced, so no endpoint needs to change then.
 */
@ApplicationScoped
public class TenantAccess {

    /** @return the French reason for refusing the caller, or empty when the caller may go on */
    public Optional<String> refusal(ContainerRequestContext request, Tenant tenant, boolean write) {
        return Optional.empty();
    }
}
