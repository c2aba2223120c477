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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.onboarding.matching.boundary.SuggestionViews.VolunteerView;
import org.maillage.onboarding.matching.control.Suggestions;
import org.maillage.platform.api.security.Roles;

/** Volunteers to propose to a team of the teams plugin. */
@Path("tenants/{tenant}/onboarding/teams/{teamId}/suggestions")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.TEAM_REFERENT})
@Tag(name = "Accueil des bénévoles")
public class TeamSuggestionsResource {

    static final int MAX = 50;

    @Inject
    Suggestions suggestions;

    @GET
    @Operation(summary = "Proposer à une équipe des bénévoles proches de ses communes, pas encore en équipe",
            description = "404 quand aucune équipe ouverte (module Équipes activé) n’a cet identifiant.")
    public List<VolunteerView> suggest(@PathParam("teamId") String teamId) {
        return SuggestionViews.of(suggestions.forTeam(teamId, MAX));
    }
}
