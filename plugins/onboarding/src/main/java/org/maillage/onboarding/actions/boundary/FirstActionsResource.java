package org.maillage.onboarding.actions.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.onboarding.actions.control.FirstActions;
import org.maillage.onboarding.volunteers.control.VolunteerFilter;
import org.maillage.onboarding.volunteers.boundary.VolunteersResource;
import org.maillage.onboarding.actions.entity.FirstAction;
import org.maillage.onboarding.actions.entity.Participation;
import org.maillage.onboarding.actions.entity.ParticipationStatus;
import org.maillage.onboarding.volunteers.boundary.RequestValues;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.api.territory.CommuneRef;
import org.maillage.platform.api.territory.Territory;

/** The first actions of a cooperation: coordinators and team referents read, coordinators act. */
@Path("tenants/{tenant}/onboarding/first-actions")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.TEAM_REFERENT})
@Tag(name = "Premières actions", description = "Les missions locales proposées aux nouveaux bénévoles")
public class FirstActionsResource {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    FirstActions actions;

    @Inject
    Territory territory;

    @Context
    SecurityContext security;

    public record ParticipantForm(String volunteerId) {
    }

    /** The people of an action: enrolled (and done), then the waiting list in its order. */
    public record ParticipantsView(FirstActionView action, List<ParticipationView> enrolled, List<ParticipationView> waiting) {
    }

    @GET
    @Operation(summary = "Lister les premières actions, par date de début")
    public List<FirstActionView> list(@Parameter(description = "true (défaut) : seulement celles qui ne sont pas terminées ; false : toutes")
                                      @QueryParam("upcoming") String upcoming) {
        boolean onlyUpcoming = upcoming == null || !upcoming.trim().equalsIgnoreCase("false");
        Map<String, Long> waiting = actions.waiting();
        return actions.list(onlyUpcoming, today()).stream().map(a -> FirstActionView.of(a, waiting.getOrDefault(a.id(), 0L))).toList();
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Créer une première action")
    public Response create(ActionForm form, @Context UriInfo uri) {
        FirstAction action = actions.create(required(form).details(this::communeOfTenant), now());
        return Response.created(uri.getAbsolutePathBuilder().path(action.id()).build()).entity(FirstActionView.of(action, 0)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Lire une première action")
    public FirstActionView read(@PathParam("id") String id) {
        return view(actions.find(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Modifier une première action",
            description = "409 quand il resterait moins de places que de bénévoles inscrits ; des places ajoutées vont à la liste d’attente.")
    public FirstActionView update(@PathParam("id") String id, ActionForm form) {
        FirstAction.Details details = required(form).details(this::communeOfTenant);
        return view(actions.update(id, details, RequestValues.who(security), now()));
    }

    @GET
    @Path("{id}/participants")
    @Operation(summary = "Les bénévoles inscrits à une action et sa liste d’attente")
    public ParticipantsView participants(@PathParam("id") String id) {
        FirstAction action = actions.find(id);
        List<ParticipationView> enrolled = new ArrayList<>();
        List<ParticipationView> waiting = new ArrayList<>();
        for (Participation p : actions.participants(id)) {
            if (p.status() == ParticipationStatus.WAITING) {
                waiting.add(ParticipationView.of(p, waiting.size() + 1));
            } else {
                enrolled.add(ParticipationView.of(p, null));
            }
        }
        return new ParticipantsView(FirstActionView.of(action, waiting.size()), enrolled, waiting);
    }

    @POST
    @Path("{id}/participants")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Inscrire un bénévole à une action",
            description = "Il a une place s’il en reste, sinon il est mis en liste d’attente (status WAITING). 409 si l’action est terminée, "
                    + "si le bénévole s’est retiré ou s’il est déjà sur l’action.")
    public ParticipationView enrol(@PathParam("id") String id, ParticipantForm form) {
        if (form == null || form.volunteerId() == null || form.volunteerId().isBlank()) {
            throw ApiError.invalidField("volunteerId", "est obligatoire : l’identifiant du bénévole");
        }
        return rankOf(actions.enrol(id, form.volunteerId().trim(), true, RequestValues.who(security), today(), now()));
    }

    /** @param filter the selection, spelt like the volunteers list's (with « ids » for picked rows) */
    public record BulkParticipantsForm(VolunteersResource.FilterForm filter) {
    }

    @POST
    @Path("{id}/participants/bulk")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Inscrire à une action tous les bénévoles d’une sélection",
            description = "La sélection : les critères de la liste des bénévoles, et « ids » pour s’en tenir à des bénévoles choisis. "
                    + "Chacun a une place s’il en reste, sinon il va en liste d’attente ; ceux qui se sont retirés ou sont déjà "
                    + "sur l’action sont comptés comme refusés. 409 si l’action est terminée.")
    public FirstActions.Assignment enrolAll(@PathParam("id") String id, BulkParticipantsForm form) {
        VolunteersResource.FilterForm f = form == null || form.filter() == null ? new VolunteersResource.FilterForm(null, null, null, null) : form.filter();
        return actions.assignAll(id, VolunteerFilter.of(f.q(), f.state(), f.commune()).withIds(f.ids()), RequestValues.who(security), today(), now());
    }

    @POST
    @Path("{id}/participants/{volunteerId}/leave")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Désinscrire un bénévole (ou le retirer de la liste d’attente)",
            description = "La place libérée va au premier de la liste d’attente.")
    public ParticipationView leave(@PathParam("id") String id, @PathParam("volunteerId") String volunteerId) {
        return ParticipationView.of(actions.leave(id, volunteerId, RequestValues.who(security), now()), null);
    }

    @POST
    @Path("{id}/participants/{volunteerId}/done")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Confirmer qu’un bénévole inscrit a réalisé l’action",
            description = "Le bénévole passe à l’étape FIRST_ACTION s’il n’y était pas encore.")
    public ParticipationView done(@PathParam("id") String id, @PathParam("volunteerId") String volunteerId) {
        return ParticipationView.of(actions.done(id, volunteerId, RequestValues.who(security), today(), now()), null);
    }

    private ParticipationView rankOf(Participation participation) {
        if (participation.status() != ParticipationStatus.WAITING) {
            return ParticipationView.of(participation, null);
        }
        List<Participation> all = actions.participants(participation.action().id()).stream()
                .filter(p -> p.status() == ParticipationStatus.WAITING).toList();
        return ParticipationView.of(participation, all.indexOf(participation) + 1);
    }

    private FirstActionView view(FirstAction action) {
        return FirstActionView.of(action, actions.waiting().getOrDefault(action.id(), 0L));
    }

    private java.util.Optional<CommuneRef> communeOfTenant(String code) {
        return territory.communesOfTenant().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    private static ActionForm required(ActionForm form) {
        if (form == null) {
            throw new ApiError(400, "Le corps de la requête est obligatoire : {\"title\": \"…\", \"commune\": \"56260\", "
                    + "\"startsOn\": \"2027-03-14\", \"places\": 10}.");
        }
        return form;
    }

    static LocalDate today() {
        return LocalDate.now(PARIS);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
