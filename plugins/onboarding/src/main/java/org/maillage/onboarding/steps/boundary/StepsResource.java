package org.maillage.onboarding.steps.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.onboarding.volunteers.boundary.RequestValues;
import org.maillage.onboarding.api.OnboardingStep;
import org.maillage.onboarding.volunteers.control.Volunteers;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.plugin.Extensions;
import org.maillage.platform.api.security.Roles;

/** The steps other plugins add to a volunteer's way in ({@link OnboardingStep}), for the volunteer's page. */
@Path("tenants/{tenant}/onboarding/volunteers/{id}/steps")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.TEAM_REFERENT})
@Tag(name = "Accueil des bénévoles")
public class StepsResource {

    @Inject
    Extensions extensions;

    @Inject
    Volunteers volunteers;

    @Context
    SecurityContext security;

    public record StepView(String id, String label, boolean done) {
    }

    @GET
    @Operation(summary = "Les étapes ajoutées par d’autres modules (une formation…) et si le bénévole les a faites")
    public List<StepView> list(@PathParam("id") String id) {
        volunteers.find(id);
        return extensions.contributions(OnboardingStep.class).stream().map(s -> new StepView(s.id(), s.label(), s.done(id))).toList();
    }

    @POST
    @Path("{stepId}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Noter qu’un bénévole a fait une étape")
    public StepView record(@PathParam("id") String id, @PathParam("stepId") String stepId) {
        volunteers.find(id);
        OnboardingStep step = extensions.contributions(OnboardingStep.class).stream().filter(s -> s.id().equals(stepId)).findFirst()
                .orElseThrow(() -> new ApiError(404, "Aucune étape « " + stepId + " » n’est proposée dans cette coopération."));
        step.record(id, RequestValues.who(security));
        return new StepView(step.id(), step.label(), step.done(id));
    }
}
