package org.maillage.experience.fiches.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.experience.fiches.control.Digest;
import org.maillage.experience.network.boundary.Caller;
import org.maillage.experience.network.control.Writer;
import org.maillage.platform.api.security.Roles;

/** The caller's own subscription to the weekly digest of the network's new fiches. */
@Path("tenants/{tenant}/experience/digest")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.TEAM_REFERENT})
@Tag(name = "Partage d’expériences", description = "Fiches d’expérience partagées entre coopérations")
public class DigestResource {

    @Inject
    Digest digest;

    @Context
    SecurityContext security;

    /** Whether the caller receives the digest. */
    public record Subscription(boolean subscribed) {
    }

    @GET
    @Operation(summary = "Savoir si l’on reçoit la lettre hebdomadaire des nouvelles fiches du réseau")
    public Subscription get() {
        return new Subscription(digest.of(Caller.writer(security).login()).isPresent());
    }

    @PUT
    @Operation(summary = "Recevoir chaque semaine par courriel les fiches que les autres coopérations ont partagées")
    public Subscription subscribe() {
        Writer writer = Caller.writer(security);
        digest.subscribe(writer.login(), writer.email(), OffsetDateTime.now(ZoneOffset.UTC));
        return new Subscription(true);
    }

    @DELETE
    @Operation(summary = "Ne plus recevoir la lettre hebdomadaire")
    public Subscription unsubscribe() {
        digest.unsubscribe(Caller.writer(security).login());
        return new Subscription(false);
    }
}
