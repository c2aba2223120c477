package org.maillage.reporting.meetings.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.api.tenant.TenantContext;
import org.maillage.reporting.meetings.control.Meetings;
import org.maillage.reporting.meetings.control.Questions;

/**
 * The commission réseau as a cooperation sees it: the meetings it is invited to (any other is a 404), their
 * minutes and decisions once published, and the questions it raises for the next meeting.
 */
@Path("tenants/{tenant}/reporting")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.NETWORK_ADMIN})
@Tag(name = "Commission réseau", description = "Réunions de la commission réseau")
public class CooperationMeetingsResource {

    @Inject
    Meetings meetings;

    @Inject
    Questions questions;

    @Inject
    TenantContext tenant;

    @GET
    @Path("meetings")
    @Operation(summary = "Lister les réunions de la commission réseau auxquelles la coopération est invitée")
    public List<MeetingView> list() {
        return meetings.invitedOf(tenant.slug()).stream().map(MeetingView::invited).toList();
    }

    @GET
    @Path("meetings/{id}")
    @Operation(summary = "Lire une réunion à laquelle la coopération est invitée (compte rendu une fois publié)")
    public MeetingView get(@PathParam("id") String id) {
        return MeetingView.invited(meetings.seenBy(tenant.slug(), id));
    }

    @GET
    @Path("meetings/{id}/calendar.ics")
    @Produces({MeetingCalendarResponse.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Télécharger une réunion au format iCalendar (.ics)")
    public Response calendar(@PathParam("id") String id) {
        return MeetingCalendarResponse.of(meetings.seenBy(tenant.slug(), id));
    }

    @GET
    @Path("questions")
    @Operation(summary = "Lister les questions posées par la coopération à la commission réseau")
    public List<QuestionView> questions() {
        return questions.of(tenant.slug()).stream().map(QuestionView::of).toList();
    }

    @POST
    @Path("questions")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Proposer une question pour la prochaine réunion de la commission réseau")
    public Response propose(@Valid @NotNull(message = "le corps de la requête est obligatoire") MeetingForms.NewQuestion body) {
        return Response.status(201).entity(QuestionView.of(questions.propose(tenant.slug(), body.text().strip(), now()))).build();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
