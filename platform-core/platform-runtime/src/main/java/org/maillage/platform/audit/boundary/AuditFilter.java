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
import org.maillage.platform.audit.control.PersonConcerned;
import org.maillage.platform.audit.control.RefusalBudget;
import org.maillage.platform.security.boundary.AccessFilter;
import org.maillage.platform.security.control.Caller;

/**
 * Records every successful write to the API; every successful read of a method marked {@link Audited}
 * (whatever media type it answered: the annotation is on the method, so {@code Accept: text/csv} is the
 * same read) and every read that answered a download ({@code Content-Disposition}); and the refusals
 * (401, 403) of a cooperation's endpoints, within the {@link RefusalBudget}. The target is the path,
 * never the query string; the person concerned is only named by {@link PersonConcerned}'s hash.
 */
@Provider
public class AuditFilter implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(AuditFilter.class.getName());
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final int TARGET_LENGTH = 1000;

    @Context
    ResourceInfo resource;

    @Inject
    AuditTrail trail;

    @Inject
    Caller caller;

    @Inject
    PersonConcerned person;

    @Inject
    RefusalBudget refusals;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        MultivaluedMap<String, String> parameters = request.getUriInfo().getPathParameters();
        String tenant = parameters.containsKey("tenant") ? parameters.getFirst("tenant") : parameters.getFirst("slug");
        String action = request.getMethod() + " " + template();
        String subject = caller.subject();
        int status = response.getStatus();
        if (!recorded(request, response, method, tenant, subject, action)) {
            return;
        }
        String target = "/" + request.getUriInfo().getPath();
        try {
            trail.record(tenant, subject, action, target.length() > TARGET_LENGTH ? target.substring(0, TARGET_LENGTH) : target,
                    status, person.hash().orElse(null));
        } catch (RuntimeException e) {
            // The action and the cooperation, never the target or the person: neither may reach the log.
            LOG.log(Level.SEVERE, "Could not record " + action + " (status " + status + ") in " + tenant + " by " + subject
                    + ": " + e.getClass().getName());
        }
    }

    private boolean recorded(ContainerRequestContext request, ContainerResponseContext response, Method method,
                             String tenant, String subject, String action) {
        int status = response.getStatus();
        if (status == 401 || status == 403) {
            return tenant != null && refusals.admit(tenant, subject, action);
        }
        if (status >= 400) {
            return false;
        }
        return !READS.contains(request.getMethod()) || AccessFilter.annotated(method, Audited.class)
                || response.getHeaders().containsKey("Content-Disposition");
    }

    /** The path template of the matched method, such as {@code /tenants/{tenant}/settings/{key}}. */
    private String template() {
        String root = resource.getResourceClass().getAnnotation(Path.class).value();
        Path sub = resource.getResourceMethod().getAnnotation(Path.class);
        return "/" + root + (sub == null ? "" : "/" + sub.value());
    }
}
