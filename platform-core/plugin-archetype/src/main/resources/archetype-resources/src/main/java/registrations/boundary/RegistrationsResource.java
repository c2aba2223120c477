package ${package}.registrations.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import ${package}.registrations.control.Registrations;
import ${package}.registrations.entity.Registration;
import org.maillage.platform.api.security.Audited;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.api.text.DeliverableEmail;

/**
 * The registrations of a cooperation: coordinators write, team referents read. Under {@code tenants/{tenant}},
 * a role means a role held in that cooperation. Before this code runs the platform has checked the cooperation,
 * the caller and that the cooperation enabled the plugin; Bean Validation's French messages come back as 400 in
 * the platform's error shape.
 */
@Path("tenants/{tenant}/${pluginId}/registrations")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationsResource {

    @Inject
    Registrations registrations;

    public record NewRegistration(@NotBlank(message = "est obligatoire") @DeliverableEmail String email,
                                  @NotBlank(message = "est obligatoire") @Size(max = 200, message = "ne doit pas dépasser 200 caractères") String activity) {
    }

    public record RegistrationView(String id, String email, String activity, OffsetDateTime createdAt) {

        static RegistrationView of(Registration r) {
            return new RegistrationView(r.getId(), r.getEmail(), r.getActivity(), r.getCreatedAt());
        }
    }

    /** Discloses e-mail addresses: {@code @Audited} records each read in the platform's audit log. */
    @GET
    @Audited
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_REFERENT})
    public List<RegistrationView> list() {
        return registrations.all().stream().map(RegistrationView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Valid @NotNull(message = "le corps de la requête est obligatoire") NewRegistration body) {
        return Response.status(201).entity(RegistrationView.of(registrations.register(body.email(), body.activity()))).build();
    }
}
