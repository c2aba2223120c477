package org.maillage.onboarding.inactivity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.onboarding.inactivity.control.Inactivity;
import org.maillage.onboarding.settings.OnboardingSettings;
import org.maillage.onboarding.volunteers.control.Volunteers;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.api.settings.TenantSettings;

/** The volunteers flagged for inactivity, and when their data will be anonymised unless they show activity. */
@Path("tenants/{tenant}/onboarding/inactive")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@Tag(name = "Accueil des bénévoles")
public class InactiveResource {

    @Inject
    Inactivity inactivity;

    @Inject
    Volunteers volunteers;

    @Inject
    TenantSettings settings;

    public record FlaggedView(String id, String firstName, String lastName, String state, OffsetDateTime lastChange,
                              OffsetDateTime flaggedAt, OffsetDateTime anonymisedFrom) {
    }

    @GET
    @Operation(summary = "Les bénévoles signalés comme inactifs, avec la date à partir de laquelle leurs données seront anonymisées",
            description = "Toute activité (changement d’étape, de coordonnées, d’inscription à une action) retire le signalement.")
    public List<FlaggedView> list() {
        long grace = settings.longValue(OnboardingSettings.ERASE_AFTER_FLAG_DAYS.key());
        return inactivity.flags().stream().map(f -> {
            var v = volunteers.find(f.volunteerId());
            return new FlaggedView(v.id(), v.firstName(), v.lastName(), v.state().name(), v.updatedAt(), f.flaggedAt(),
                    f.flaggedAt().plusDays(grace));
        }).toList();
    }
}
