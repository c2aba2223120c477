package org.maillage.platform.jobs.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.jobs.control.JobRun;
import org.maillage.platform.jobs.control.Jobs;

/** Where the scheduled jobs stand, for network admins operating the platform: due, running, failed. */
@Path("jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NETWORK_ADMIN)
@Tag(name = "Tâches planifiées", description = "Les tâches de fond de la plateforme et des modules")
public class JobsResource {

    @Inject
    Jobs jobs;

    @GET
    @Operation(summary = "Les tâches planifiées, par coopération : prochaine exécution, dernière, dernière erreur")
    public List<JobRun> list() {
        return jobs.runs();
    }
}
