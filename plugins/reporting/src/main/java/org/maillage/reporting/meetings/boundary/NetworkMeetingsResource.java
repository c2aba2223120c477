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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.security.Roles;
import org.maillage.reporting.api.AgendaProposal;
import org.maillage.reporting.meetings.control.Agenda;
import org.maillage.reporting.meetings.control.Announcements;
import org.maillage.reporting.meetings.control.Invitations;
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
    private static final int DEFAULT_SIZE = 20;
    private static final int MAX_SIZE = 100;

    @Inject
    Meetings meetings;

    @Inject
    Agenda agenda;

    @Inject
    Questions questions;

    @Inject
    Proposals proposals;

    @Inject
    Invitations invitations;

    @Inject
    Announcements announcements;

    @Context
    UriInfo uri;

    /** What waits for an agenda: the cooperations' pending questions and the plugins' proposals. */
    public record Waiting(List<QuestionView> questions, List<AgendaProposal> proposals) {
    }

    /** One page of meetings, the latest first; {@code page} from 1. */
    public record MeetingPage(List<MeetingView> items, long total, int page, int size) {
    }

    /** A cancelled meeting: the cooperations told of it that could not be told it is cancelled. */
    public record Cancelled(String id, List<String> untold) {
    }

    @GET
    @Operation(summary = "Lister les réunions de la commission réseau, les plus récentes d'abord, page par page")
    public MeetingPage list(@Parameter(description = "numéro de page, à partir de 1") @QueryParam("page") String page,
                            @Parameter(description = "taille de page, " + MAX_SIZE + " au plus (défaut " + DEFAULT_SIZE + ")") @QueryParam("size") String size) {
        int pageNumber = number("page", page, 1, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = number("size", size, DEFAULT_SIZE, MAX_SIZE);
        Meetings.Page found = meetings.page((pageNumber - 1) * pageSize, pageSize);
        return new MeetingPage(found.items().stream().map(MeetingView::full).toList(), found.total(), pageNumber, pageSize);
    }

    /** Saved in a transaction of its own, then each invited cooperation is told in one of its own. */
    @POST
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Programmer une réunion de la commission réseau et inviter les coopérations par courriel")
    public Response create(@Valid @NotNull(message = BODY) MeetingForms.Plan body) {
        Meetings.Saved saved = meetings.create(body.plan(), now());
        Meeting meeting = saved.meeting();
        return Response.status(201).location(uri.getAbsolutePathBuilder().path(meeting.id()).build())
                .entity(MeetingView.saved(meeting, announcements.saved(saved, now()))).build();
    }

    @GET
    @Path("cooperations")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Operation(summary = "Les coopérations qu'une réunion peut inviter, et si elles ont une adresse de contact")
    public List<Invitations.Invitable> invitable() throws Exception {
        return invitations.invitable();
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

    /** Saved in a transaction of its own; then the cooperations are told what is new to them (invitation, new times, minutes). */
    @PUT
    @Path("{id}")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Modifier une réunion : date, lieu, invités, compte rendu, décisions, publication ; les coopérations sont prévenues par courriel")
    public MeetingView edit(@PathParam("id") String id, @Valid @NotNull(message = BODY) MeetingForms.Edit body) {
        Meetings.Saved saved = meetings.edit(id, body.version(), body.plan().plan(), body.minutesText(), body.decisionList(),
                body.published(), now());
        return MeetingView.saved(saved.meeting(), announcements.saved(saved, now()));
    }

    @DELETE
    @Path("{id}")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Operation(summary = "Annuler une réunion : elle est supprimée avec son ordre du jour, et les coopérations prévenues par courriel")
    public Cancelled cancel(@PathParam("id") String id, @QueryParam("version") Long version) {
        if (version == null) {
            throw ApiError.invalidField("version", "est obligatoire");
        }
        Meeting meeting = meetings.delete(id, version);
        return new Cancelled(meeting.id(), announcements.cancelled(meeting, now()));
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

    private static int number(String name, String value, int absent, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.invalidField(name, "doit être un nombre entier entre 1 et " + max);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
