package org.maillage.onboarding.selfservice.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.onboarding.selfservice.control.LinkKeys;
import org.maillage.onboarding.volunteers.control.Volunteers;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.platform.api.security.Roles;

/**
 * The self-service links of a cooperation, for its coordinators: revoke every link of one volunteer (a message
 * forwarded, a mailbox shared), or sign new links with a new key, revoking the earlier keys' links at once or
 * letting them run until they expire.
 */
@Path("tenants/{tenant}/onboarding/links")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@Tag(name = "Accueil des bénévoles — liens personnels", description = "Révoquer les liens d’un bénévole, changer la clé des liens")
public class LinksResource {

    @Inject
    LinkKeys keys;

    @Inject
    Volunteers volunteers;

    /** {@code revokePrevious}: the links signed with the earlier keys stop working now (a key thought leaked). */
    public record RotationForm(Boolean revokePrevious) {
    }

    public record Rotation(int keyId, boolean previousRevoked) {
    }

    public record Revocation(String volunteerId, int linkGeneration) {
    }

    @POST
    @Path("key-rotation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Signer les nouveaux liens avec une nouvelle clé",
            description = "Les liens déjà envoyés restent valides jusqu’à leur expiration, sauf avec revokePrevious: true.")
    public Rotation rotate(RotationForm form) {
        boolean revoke = form != null && Boolean.TRUE.equals(form.revokePrevious());
        return new Rotation(keys.rotate(revoke, OffsetDateTime.now(ZoneOffset.UTC)), revoke);
    }

    @POST
    @Path("volunteers/{volunteerId}/revocation")
    @Operation(summary = "Révoquer tous les liens personnels déjà envoyés à un bénévole",
            description = "Les messages suivants lui apportent un nouveau lien.")
    public Revocation revoke(@PathParam("volunteerId") String volunteerId) {
        Volunteer volunteer = volunteers.find(volunteerId);
        volunteer.revokeLinks();
        return new Revocation(volunteer.id(), volunteer.linkGeneration());
    }
}
