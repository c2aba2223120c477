package org.maillage.onboarding.volunteers.boundary;

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
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.onboarding.volunteers.boundary.VolunteerView.CommuneView;
import org.maillage.onboarding.volunteers.control.Pipeline;
import org.maillage.onboarding.volunteers.control.Pipeline.BulkResult;
import org.maillage.onboarding.volunteers.control.VolunteerFilter;
import org.maillage.onboarding.volunteers.control.VolunteerSort;
import org.maillage.onboarding.volunteers.control.Volunteers;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.onboarding.volunteers.entity.VolunteerState;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.http.Heavy;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.api.settings.TenantSettings;
import org.maillage.platform.api.territory.CommuneRef;
import org.maillage.platform.api.territory.Territory;

/** The volunteers of a cooperation: coordinators and team referents read, coordinators act. */
@Path("tenants/{tenant}/onboarding/volunteers")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.TEAM_REFERENT})
@Tag(name = "Accueil des bénévoles", description = "Les bénévoles d’une coopération et leur parcours")
public class VolunteersResource {

    static final String PAGE_SIZE = "maillage.tenant.page-size";
    static final int MAX_PAGE_SIZE = 500;

    @Inject
    Volunteers volunteers;

    @Inject
    Pipeline pipeline;

    @Inject
    TenantSettings settings;

    @Inject
    Territory territory;

    @Context
    SecurityContext security;

    /**
     * A page of volunteers and the size of the whole selection; when {@code totalExact} is false, {@code total} is a
     * lower bound (counted up to 10,000 volunteers, or to the page's end past that: a large selection is not read whole
     * on every page).
     */
    public record PageView(List<VolunteerView> items, long total, boolean totalExact, int page, int size) {
    }

    public record TransitionForm(String to, String reason) {
    }

    /** The selection of a bulk action, spelt like the list's query parameters, optionally narrowed to rows picked by id. */
    public record FilterForm(String q, String state, String commune, List<String> ids) {
    }

    /** A move from a state: where to, and whether it needs a reason. */
    public record MoveView(String to, boolean reasonRequired) {
    }

    /** A state, how many volunteers of the selection are in it, and where one may go from it. */
    public record StateView(String code, String label, long count, List<MoveView> next) {
    }

    public record BulkTransitionForm(FilterForm filter, String to, String reason) {
    }

    public record CommuneForm(String code) {
    }

    @GET
    @Heavy
    @Operation(summary = "Lister les bénévoles, filtrés, triés et par pages")
    public PageView list(
            @Parameter(description = "texte cherché dans le prénom, le nom, l’e-mail et la commune, sans tenir compte des majuscules ni des accents")
            @QueryParam("q") String q,
            @Parameter(description = "étapes, séparées par des virgules : NEW, CONTACTED, RESPONDED, MET, FIRST_ACTION, IN_TEAM, INACTIVE, WITHDRAWN")
            @QueryParam("state") String state,
            @Parameter(description = "codes INSEE des communes, séparés par des virgules") @QueryParam("commune") String commune,
            @Parameter(description = "name, created ou state ; « - » devant pour l’ordre inverse (défaut : name)") @QueryParam("sort") String sort,
            @Parameter(description = "numéro de page, à partir de 1") @QueryParam("page") String page,
            @Parameter(description = "taille de page, 500 au plus (défaut : le paramètre maillage.tenant.page-size)") @QueryParam("size") String size) {
        VolunteerFilter filter = VolunteerFilter.of(q, state, commune);
        VolunteerSort order = VolunteerSort.of(sort);
        int pageNumber = RequestValues.number("page", page, 1, 1, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int pageSize = RequestValues.number("size", size, (int) Math.min(MAX_PAGE_SIZE, settings.longValue(PAGE_SIZE)), 1, MAX_PAGE_SIZE);
        Volunteers.Page found = volunteers.page(filter, order, (pageNumber - 1) * pageSize, pageSize);
        Map<String, List<CommuneRef>> byPostcode = new HashMap<>();
        return new PageView(found.items().stream().map(v -> VolunteerView.of(v, candidates(v, byPostcode), null)).toList(),
                found.total(), found.exact(), pageNumber, pageSize);
    }

    @GET
    @Heavy
    @Path("states")
    @Operation(summary = "Les étapes du parcours, dans l’ordre, avec le nombre de bénévoles à chacune et les passages possibles",
            description = "Les nombres portent sur la recherche et les communes données (comme la liste), toutes étapes confondues.")
    public List<StateView> states(@Parameter(description = "comme pour la liste") @QueryParam("q") String q,
                                  @Parameter(description = "comme pour la liste") @QueryParam("commune") String commune) {
        Map<VolunteerState, Long> counts = volunteers.countByState(VolunteerFilter.of(q, null, commune));
        return counts.entrySet().stream()
                .map(e -> new StateView(e.getKey().name(), e.getKey().label(), e.getValue(), e.getKey().next().stream()
                        .map(to -> new MoveView(to.name(), e.getKey().needsReason(to))).toList()))
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Lire un bénévole, avec l’historique de son parcours")
    public VolunteerView read(@PathParam("id") String id) {
        return detail(volunteers.find(id));
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Faire passer un bénévole à une autre étape",
            description = "409 quand le passage est impossible depuis l’étape actuelle ; un motif est obligatoire pour INACTIVE et WITHDRAWN.")
    public VolunteerView move(@PathParam("id") String id, TransitionForm form) {
        if (form == null) {
            throw new ApiError(400, "Le corps de la requête est obligatoire : {\"to\": \"CONTACTED\", \"reason\": \"…\"}.");
        }
        Volunteer volunteer = volunteers.find(id);
        pipeline.move(volunteer, state(form.to()), form.reason(), RequestValues.who(security));
        return detail(volunteer);
    }

    @POST
    @Path("bulk/transitions")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Faire passer à une autre étape tous les bénévoles d’une sélection",
            description = "La sélection : les critères de la liste, et « ids » pour s’en tenir à des bénévoles choisis (500 au plus). "
                    + "Ceux pour qui le passage est impossible sont comptés comme refusés.")
    public BulkResult moveAll(BulkTransitionForm form) {
        if (form == null) {
            throw new ApiError(400, "Le corps de la requête est obligatoire : {\"filter\": {…}, \"to\": \"CONTACTED\"}.");
        }
        FilterForm f = form.filter() == null ? new FilterForm(null, null, null, null) : form.filter();
        VolunteerState to = state(form.to());
        return pipeline.moveAll(VolunteerFilter.of(f.q(), f.state(), f.commune()).withIds(f.ids()), to, form.reason(), RequestValues.who(security));
    }

    @PUT
    @Path("{id}/commune")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choisir la commune d’un bénévole (parmi les communes de son code postal, ou une autre)")
    public VolunteerView settleCommune(@PathParam("id") String id, CommuneForm form) {
        String code = form == null || form.code() == null ? "" : form.code().trim().toUpperCase(Locale.ROOT);
        CommuneRef commune = territory.commune(code)
                .orElseThrow(() -> ApiError.invalidField("code", "doit être le code INSEE d’une commune (exemple : 56260)"));
        Volunteer volunteer = volunteers.find(id);
        volunteer.settleCommune(commune.code(), commune.nom(), OffsetDateTime.now(ZoneOffset.UTC));
        return detail(volunteer);
    }

    private VolunteerView detail(Volunteer volunteer) {
        return VolunteerView.of(volunteer, candidates(volunteer, new HashMap<>()), volunteers.transitionsOf(volunteer.id()));
    }

    private List<CommuneView> candidates(Volunteer volunteer, Map<String, List<CommuneRef>> byPostcode) {
        List<String> codes = volunteer.communeCandidates();
        if (codes.isEmpty()) {
            return List.of();
        }
        List<CommuneRef> communes = byPostcode.computeIfAbsent(volunteer.postcode(), territory::communesOfPostcode);
        return codes.stream()
                .map(code -> communes.stream().filter(c -> c.code().equals(code)).findFirst().map(CommuneView::of)
                        .orElse(new CommuneView(code, null)))
                .toList();
    }

    private static VolunteerState state(String name) {
        if (name == null || name.isBlank()) {
            throw ApiError.invalidField("to", "est obligatoire : l’étape visée (" + VolunteerState.codes() + ")");
        }
        VolunteerState state = VolunteerState.parse(name);
        if (state == null) {
            throw ApiError.invalidField("to", "« " + name + " » n’est pas une étape ; étapes possibles : " + VolunteerState.codes());
        }
        return state;
    }
}
