package org.maillage.onboarding.matching.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.onboarding.matching.boundary.SuggestionViews.ForVolunteerView;
import org.maillage.onboarding.matching.control.Suggestions;
import org.maillage.platform.api.security.Roles;

/** What to offer a volunteer: first actions and teams near them. */
@Path("tenants/{tenant}/onboarding/volunteers/{id}/suggestions")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.TEAM_REFERENT})
@Tag(name = "Accueil des bénévoles")
public class VolunteerSuggestionsResource {

    @Inject
    Suggestions suggestions;

    @GET
    @Operation(summary = "Proposer à un bénévole des premières actions et des équipes proches de chez lui",
            description = "Même commune, puis même intercommunalité, puis même département ; les actions à venir qui tombent "
                    + "un jour où il est disponible, celles avec des places avant celles avec une liste d’attente.")
    public ForVolunteerView suggest(@PathParam("id") String id) {
        return SuggestionViews.of(suggestions.forVolunteer(id, LocalDate.now(ZoneId.of("Europe/Paris"))));
    }
}
