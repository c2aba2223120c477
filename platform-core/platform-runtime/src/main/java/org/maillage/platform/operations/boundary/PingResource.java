package org.maillage.platform.operations.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The cheapest answer of the API: public, no database, no state; it goes through the same servlet filters and JAX-RS
 * filters as every other request. The benchmark ({@code ./maillage bench}) measures it as the ceiling of the
 * platform's HTTP stack on the same server; it tells nothing about the platform's health (see {@code /health}).
 */
@Path("ping")
@ApplicationScoped
@Tag(name = "Exploitation")
public class PingResource {

    /** Written as it is: no serialiser runs. */
    static final String PONG = "{\"status\": \"pong\"}";

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Répondre {\"status\": \"pong\"}, sans rien lire : le plafond de la pile HTTP mesuré par le banc d’essai")
    public String ping() {
        return PONG;
    }
}
