package org.maillage.onboarding.todo.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.onboarding.settings.OnboardingSettings;
import org.maillage.onboarding.todo.control.Todo;
import org.maillage.onboarding.volunteers.boundary.RequestValues;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.api.settings.TenantSettings;

/** The coordinator's to-do list: volunteers waiting too long for them. */
@Path("tenants/{tenant}/onboarding/todo")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@Tag(name = "Accueil des bénévoles")
public class TodoResource {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    @Inject
    Todo todo;

    @Inject
    TenantSettings settings;

    /** A late volunteer: who, in what state since when, for how many days. */
    public record LateView(String id, String firstName, String lastName, String email, String phone, String communeName,
                           String state, String stateLabel, OffsetDateTime since, long daysWaiting) {
    }

    public record PageView(List<LateView> items, long total, int page, int size, long staleAfterDays) {
    }

    @GET
    @Operation(summary = "Les bénévoles à relancer : nouveaux ou contactés depuis plus longtemps que le paramètre onboarding.stale-after-days",
            description = "Les plus anciens d’abord, avec le nombre de jours d’attente.")
    public PageView list(@Parameter(description = "numéro de page, à partir de 1") @QueryParam("page") String page,
                         @Parameter(description = "taille de page, " + MAX_SIZE + " au plus (défaut " + DEFAULT_SIZE + ")") @QueryParam("size") String size) {
        int pageNumber = RequestValues.number("page", page, 1, 1, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = RequestValues.number("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        long staleAfter = settings.longValue(OnboardingSettings.STALE_AFTER_DAYS.key());
        Todo.Page found = todo.late(OffsetDateTime.now(ZoneOffset.UTC), staleAfter, (pageNumber - 1) * pageSize, pageSize);
        return new PageView(found.items().stream().map(l -> {
            var v = l.volunteer();
            return new LateView(v.id(), v.firstName(), v.lastName(), v.email(), v.phone(), v.communeName(), v.state().name(),
                    v.state().label(), v.stateChangedAt(), l.days());
        }).toList(), found.total(), pageNumber, pageSize, staleAfter);
    }
}
