package org.maillage.platform.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.audit.control.AuditTrail;

/** The audit log of one cooperation. */
@Path("tenants/{tenant}/audit")
@RolesAllowed({Roles.COORDINATOR, Roles.NETWORK_ADMIN})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Journal", description = "Journal des actions d’une coopération")
public class AuditResource {

    @Inject
    AuditTrail trail;

    /** @param personHash the keyed hash of the person the action concerned (personal-data export, erasure), else null */
    public record Entry(OffsetDateTime occurredAt, String subject, String action, String target, int status, String personHash) {
    }

    @GET
    @Operation(summary = "Lire le journal des actions, du plus récent au plus ancien")
    public List<Entry> entries(@PathParam("tenant") String tenant,
                               @QueryParam("first") @DefaultValue("0") int first,
                               @QueryParam("max") @DefaultValue("100") int max) {
        if (first < 0) {
            throw ApiError.invalidField("first", "doit être positif ou nul");
        }
        if (max < 1 || max > 1000) {
            throw ApiError.invalidField("max", "doit être compris entre 1 et 1000");
        }
        return trail.of(tenant, first, max).stream()
                .map(a -> new Entry(a.occurredAt(), a.subject(), a.action(), a.target(), a.status(), a.personHash()))
                .toList();
    }
}
