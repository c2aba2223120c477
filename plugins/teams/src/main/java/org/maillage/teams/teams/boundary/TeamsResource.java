package org.maillage.teams.teams.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.onboarding.api.VolunteerCard;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.api.text.EmailAddress;
import org.maillage.teams.api.ActionKind;
import org.maillage.teams.teams.boundary.Views.ActionView;
import org.maillage.teams.teams.boundary.Views.MemberView;
import org.maillage.teams.teams.boundary.Views.PartnerView;
import org.maillage.teams.teams.boundary.Views.TeamDetail;
import org.maillage.teams.teams.boundary.Views.TeamView;
import org.maillage.teams.teams.boundary.Views.TransitionView;
import org.maillage.teams.teams.control.ActionLog;
import org.maillage.teams.teams.control.Members;
import org.maillage.teams.teams.control.Partners;
import org.maillage.teams.teams.control.Teams;
import org.maillage.teams.teams.control.TerritoryCheck;
import org.maillage.teams.teams.control.Viewer;
import org.maillage.teams.teams.entity.Member;
import org.maillage.teams.teams.entity.Team;
import org.maillage.teams.teams.entity.TeamAction;
import org.maillage.teams.teams.entity.TeamStatus;

/**
 * The teams of a cooperation: a coordinator creates them and sees them all; a team referent sees and
 * runs only the teams that name them (the others answer 404, as if they did not exist).
 */
@Path("tenants/{tenant}/teams")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.TEAM_REFERENT})
@Tag(name = "Équipes citoyennes", description = "Les équipes, leurs membres, partenaires et actions")
public class TeamsResource {

    static final int NAME_MAX = 100;
    static final int COMMUNES_MAX = 100;
    static final int REFERENTS_MAX = 10;

    @Inject
    Teams teams;

    @Inject
    Members members;

    @Inject
    Partners partners;

    @Inject
    ActionLog actions;

    @Inject
    TerritoryCheck territory;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Lister les équipes que l’appelant voit (toutes pour un animateur, les siennes pour un référent)")
    public List<TeamView> list() {
        return teams.visible(viewer()).stream().map(this::view).toList();
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Créer une équipe (au statut « En projet »)",
            description = "Corps : name, carrier, project, charterSignedOn (AAAA-MM-JJ), communes (codes INSEE du territoire), referents (identifiants de connexion), welcoming.")
    public Response create(String body) {
        Team.Details details = details(body, null);
        Team team = new Team(details.name(), now());
        team.describe(details, now());
        teams.add(team);
        return Response.status(201).entity(detail(team)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Lire une équipe, avec ses membres, partenaires, actions et l’historique de son statut")
    public TeamDetail read(@PathParam("id") String id) {
        return detail(teams.find(id, viewer()));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Modifier une équipe (un référent ne peut pas changer les référents)")
    public TeamDetail update(@PathParam("id") String id, String body) {
        Viewer viewer = viewer();
        Team team = teams.find(id, viewer);
        Team.Details details = details(body, team);
        if (!viewer.coordinator() && !details.referents().equals(team.referents())) {
            throw new ApiError(403, "Seul un animateur de la coopération peut changer les référents d’une équipe.");
        }
        team.describe(details, now());
        return detail(team);
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changer le statut d’une équipe",
            description = "Corps : to (PROJECT, ACTIVE, DORMANT, CLOSED), reason (obligatoire pour DORMANT et CLOSED). 409 quand le passage est impossible.")
    public TeamDetail move(@PathParam("id") String id, String body) {
        Form form = Form.of(body, "{\"to\": \"ACTIVE\", \"reason\": \"…\"}");
        Team team = teams.find(id, viewer());
        String to = form.text("to", 20, true);
        TeamStatus status = TeamStatus.parse(to);
        if (status == null) {
            throw ApiError.invalidField("to", "« " + to + " » n’est pas un statut ; statuts possibles : " + TeamStatus.codes());
        }
        teams.move(team, status, form.text("reason", 2000, false), login());
        return detail(team);
    }

    @POST
    @Path("{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ajouter un membre : un bénévole de l’accueil (volunteerId), ou une personne saisie (firstName, lastName, email, phone)",
            description = "Un bénévole qui rejoint l’équipe passe à l’étape « Dans une équipe » de l’accueil. joinedOn : AAAA-MM-JJ, aujourd’hui par défaut.")
    public Response addMember(@PathParam("id") String id, String body) {
        Form form = Form.of(body, "{\"volunteerId\": \"…\"} ou {\"firstName\": \"…\", \"lastName\": \"…\"}");
        Team team = teams.find(id, viewer());
        LocalDate joinedOn = form.pastDate("joinedOn", false);
        LocalDate on = joinedOn == null ? today() : joinedOn;
        String volunteerId = form.text("volunteerId", 36, false);
        Member member;
        if (volunteerId != null) {
            member = members.addVolunteer(team, volunteerId, on, login());
        } else {
            String email = EmailAddress.normalised(form.text("email", EmailAddress.MAX_LENGTH, false));
            if (email != null) {
                EmailAddress.problem(email).ifPresent(problem -> {
                    throw ApiError.invalidField("email", problem);
                });
            }
            member = members.addPerson(team, new Members.Person(form.text("firstName", 100, true), form.text("lastName", 100, false),
                    email, form.text("phone", 40, false)), on);
        }
        return Response.status(201).entity(MemberView.of(member)).build();
    }

    @PUT
    @Path("{id}/members/{memberId}/left")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enregistrer le départ d’un membre (leftOn : AAAA-MM-JJ, aujourd’hui par défaut)")
    public MemberView leave(@PathParam("id") String id, @PathParam("memberId") String memberId, String body) {
        Team team = teams.find(id, viewer());
        Member member = members.find(team, memberId);
        LocalDate leftOn = body == null || body.isBlank() ? null : Form.of(body, "{}").pastDate("leftOn", false);
        members.leave(member, leftOn == null ? today() : leftOn);
        return MemberView.of(member);
    }

    /** A volunteer of onboarding who could join, and whether onboarding is there at all. */
    public record Candidates(boolean onboarding, List<VolunteerCard> volunteers) {
    }

    @GET
    @Path("volunteers")
    @Operation(summary = "Chercher parmi les bénévoles de l’accueil ceux qui peuvent rejoindre une équipe",
            description = "onboarding vaut false quand l’accueil des bénévoles n’est pas activé : les membres sont alors saisis directement.")
    public Candidates volunteers(@QueryParam("q") String q) {
        return members.volunteers()
                .map(d -> new Candidates(true, d.search(q == null ? "" : q, 20).stream()
                        .filter(v -> !"WITHDRAWN".equals(v.state())).toList()))
                .orElse(new Candidates(false, List.of()));
    }

    @GET
    @Path("action-kinds")
    @Operation(summary = "Les types de visites et d’actions, ceux des modules activés compris")
    public List<ActionKind> actionKinds() {
        return List.copyOf(actions.kinds().values());
    }

    @POST
    @Path("{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Consigner une visite ou une action",
            description = "Corps : doneOn (AAAA-MM-JJ), kind, commune (code INSEE), peopleMet, volunteerHours, firstNames (prénoms ou initiales, "
                    + TeamActionRules.FIRST_NAMES_HINT + "), participants (identifiants des membres). Les personnes visitées ne sont jamais identifiées.")
    public Response log(@PathParam("id") String id, String body) {
        Form form = Form.of(body, "{\"doneOn\": \"2026-03-14\", \"kind\": \"visit\", \"peopleMet\": 1, \"volunteerHours\": 2}");
        Team team = teams.find(id, viewer());
        String commune = form.text("commune", 5, false);
        ActionLog.Entry entry = new ActionLog.Entry(
                form.pastDate("doneOn", true),
                form.text("kind", 40, true),
                commune == null ? null : territory.commune("commune", commune),
                form.integer("peopleMet", 0, 500),
                form.decimal("volunteerHours", BigDecimal.ZERO, BigDecimal.valueOf(1000)),
                TeamActionRules.firstNames(form.text("firstNames", 200, false)),
                form.texts("participants", 50, 36));
        TeamAction action = actions.log(team, entry, login());
        return Response.status(201).entity(ActionView.of(action, actions.kinds(), territory)).build();
    }

    @PUT
    @Path("{id}/partners/{partnerId}")
    @Operation(summary = "Lier un partenaire à l’équipe")
    public TeamDetail link(@PathParam("id") String id, @PathParam("partnerId") String partnerId) {
        Viewer viewer = viewer();
        Team team = teams.find(id, viewer);
        partners.link(team, partners.find(partnerId, viewer));
        return detail(team);
    }

    @DELETE
    @Path("{id}/partners/{partnerId}")
    @Operation(summary = "Délier un partenaire de l’équipe")
    public TeamDetail unlink(@PathParam("id") String id, @PathParam("partnerId") String partnerId) {
        Viewer viewer = viewer();
        Team team = teams.find(id, viewer);
        partners.unlink(team, partners.find(partnerId, viewer));
        return detail(team);
    }

    private Team.Details details(String body, Team self) {
        Form form = Form.of(body, "{\"name\": \"…\", \"communes\": [\"56260\"], \"referents\": [\"…\"]}");
        String name = form.text("name", NAME_MAX, true);
        teams.checkNameFree(name, self);
        List<String> communes = territory.communes("communes", form.texts("communes", COMMUNES_MAX, 5));
        if (communes.isEmpty()) {
            throw ApiError.invalidField("communes", "doit compter au moins une commune du territoire de la coopération");
        }
        List<String> referents = form.texts("referents", REFERENTS_MAX, 254).stream()
                .map(r -> r.toLowerCase(Locale.ROOT)).distinct().toList();
        for (String referent : referents) {
            if (referent.contains(" ")) {
                throw ApiError.invalidField("referents", "« " + referent + " » n’est pas un identifiant de connexion (sans espace)");
            }
        }
        return new Team.Details(name, form.text("carrier", 150, false), form.text("project", 2000, false),
                form.pastDate("charterSignedOn", false), communes, referents, form.bool("welcoming", true));
    }

    private TeamView view(Team team) {
        return TeamView.of(team, territory, members.of(team).stream().filter(Member::current).count());
    }

    private TeamDetail detail(Team team) {
        Map<String, ActionKind> kinds = actions.kinds();
        return new TeamDetail(view(team),
                members.of(team).stream().map(MemberView::of).toList(),
                partners.of(team).stream().map(p -> PartnerView.of(p, territory)).toList(),
                actions.of(team).stream().map(a -> ActionView.of(a, kinds, territory)).toList(),
                teams.transitionsOf(team).stream().map(TransitionView::of).toList());
    }

    private Viewer viewer() {
        return Viewer.of(security);
    }

    private String login() {
        return viewer().login();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    private static java.time.OffsetDateTime now() {
        return java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
    }
}
