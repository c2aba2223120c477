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

/** Volunteers to propose for a first action. */
@Path("tenants/{tenant}/onboarding/first-actions/{id}/suggestions")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.TEAM_REFERENT})
@Tag(name = "Premières actions")
public class ActionSuggestionsResource {

    static final int MAX = 50;

    @Inject
    Suggestions suggestions;

    @GET
    @Operation(summary = "Proposer des bénévoles proches de l’action et disponibles à ses dates",
            description = "Même commune, puis même intercommunalité, puis même département ; ni retirés, ni inactifs, ni déjà sur l’action.")
    public List<VolunteerView> suggest(@PathParam("id") String id) {
        return SuggestionViews.of(suggestions.forAction(id, MAX));
    }
}
