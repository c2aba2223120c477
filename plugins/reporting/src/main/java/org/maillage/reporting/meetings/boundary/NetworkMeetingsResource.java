package org.maillage.reporting.meetings.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.security.Roles;
import org.maillage.reporting.api.AgendaProposal;
import org.maillage.reporting.meetings.control.Agenda;
import org.maillage.reporting.meetings.control.Meetings;
import org.maillage.reporting.meetings.control.Proposals;
import org.maillage.reporting.meetings.control.Questions;
import org.maillage.reporting.meetings.entity.AgendaItem;
import org.maillage.reporting.meetings.entity.AgendaKind;
import org.maillage.reporting.meetings.entity.Meeting;

/** The commission réseau for network admins: its meetings, their agenda, minutes and decisions. */
@Path("reporting/meetings")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NETWORK_ADMIN)
@Tag(name = "Commission réseau", description = "Réunions de la commission réseau")
public class NetworkMeetingsResource {

    private static final String BODY = "le corps de la requête est obligatoire";

    @Inject
    Meetings meetings;

    @Inject
    Agenda agenda;

    @Inject
    Questions questions;

    @Inject
    Proposals proposals;

    @Context
    UriInfo uri;

    /** What waits for an agenda: the cooperations' pending questions and the plugins' proposals. */
    public record Waiting(List<QuestionView> questions, List<AgendaProposal> proposals) {
    }

    @GET
    @Operation(summary = "Lister les réunions de la commission réseau")
    public List<MeetingView> list() {
        return meetings.all().stream().map(MeetingView::full).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Programmer une réunion de la commission réseau")
    public Response create(@Valid @NotNull(message = BODY) MeetingForms.Plan body) {
        Meeting meeting = meetings.create(body.plan(), now());
        return Response.status(201).location(uri.getAbsolutePathBuilder().path(meeting.id()).build()).entity(MeetingView.full(meeting)).build();
    }

    @GET
    @Path("proposals")
    @Operation(summary = "Les sujets en attente d’un ordre du jour : questions des coopérations et propositions des modules")
    public Waiting waiting() {
        return new Waiting(questions.pending().stream().map(QuestionView::of).toList(), proposals.open());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Lire une réunion")
    public MeetingView get(@PathParam("id") String id) {
        return MeetingView.full(meetings.existing(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Modifier une réunion : date, lieu, invités, compte rendu, décisions, publication")
    public MeetingView edit(@PathParam("id") String id, @Valid @NotNull(message = BODY) MeetingForms.Edit body) {
        return MeetingView.full(meetings.edit(id, body.version(), body.plan().plan(), body.minutesText(), body.decisionList(),
                body.published(), now()));
    }

    /** Not in one transaction: a report is read as its cooperation first, then the meeting changes in a transaction of its own. */
    @POST
    @Path("{id}/agenda")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Inscrire un sujet à l’ordre du jour : rapport transmis, question d’une coopération, proposition d’un module ou sujet du réseau")
    public MeetingView addItem(@PathParam("id") String id, @Valid @NotNull(message = BODY) MeetingForms.NewItem body) throws Exception {
        AgendaItem report = body.kind() == AgendaKind.REPORT ? agenda.sentReport(body.cooperation(), body.reference()) : null;
        return MeetingView.full(agenda.add(id, body.version(), body.request(), report, now()));
    }

    @DELETE
    @Path("{id}/agenda/{position}")
    @Operation(summary = "Retirer un sujet de l’ordre du jour")
    public MeetingView removeItem(@PathParam("id") String id, @PathParam("position") String position, @QueryParam("version") Long version) {
        if (version == null) {
            throw ApiError.invalidField("version", "est obligatoire");
        }
        return MeetingView.full(agenda.remove(id, version, position, now()));
    }

    @GET
    @Path("{id}/calendar.ics")
    @Produces({MeetingCalendarResponse.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Télécharger la réunion au format iCalendar (.ics)")
    public Response calendar(@PathParam("id") String id) {
        return MeetingCalendarResponse.of(meetings.existing(id));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
