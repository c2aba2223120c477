package org.maillage.platform.audit.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.maillage.platform.api.security.Audited;
import org.maillage.platform.audit.control.AuditTrail;
import org.maillage.platform.security.boundary.AccessFilter;
import org.maillage.platform.security.control.Caller;

/** Records every successful write to the API, and every successful read marked {@link Audited}. */
@Provider
public class AuditFilter implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(AuditFilter.class.getName());
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    ResourceInfo resource;

    @Inject
    AuditTrail trail;

    @Inject
    Caller caller;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Method method = resource.getResourceMethod();
        boolean read = READS.contains(request.getMethod());
        if (method == null || response.getStatus() >= 400 || read && !AccessFilter.annotated(method, Audited.class)) {
            return;
        }
        MultivaluedMap<String, String> parameters = request.getUriInfo().getPathParameters();
        String tenant = parameters.containsKey("tenant") ? parameters.getFirst("tenant") : parameters.getFirst("slug");
        String action = request.getMethod() + " " + template();
        String target = "/" + request.getUriInfo().getPath() + (request.getUriInfo().getRequestUri().getRawQuery() == null ? ""
                : "?" + request.getUriInfo().getRequestUri().getRawQuery());
        try {
            trail.record(tenant, caller.subject(), action, target, response.getStatus());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not record " + action + " " + target + " by " + caller.subject(), e);
        }
    }

    /** The path template of the matched method, such as {@code /tenants/{tenant}/settings/{key}}. */
    private String template() {
        String root = resource.getResourceClass().getAnnotation(Path.class).value();
        Path sub = resource.getResourceMethod().getAnnotation(Path.class);
        return "/" + root + (sub == null ? "" : "/" + sub.value());
    }
}
