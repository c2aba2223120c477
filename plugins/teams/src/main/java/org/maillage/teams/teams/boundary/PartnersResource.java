package org.maillage.teams.teams.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.security.Roles;
import org.maillage.teams.teams.boundary.Views.PartnerView;
import org.maillage.teams.teams.control.Partners;
import org.maillage.teams.teams.control.TerritoryCheck;
import org.maillage.teams.teams.control.Viewer;
import org.maillage.teams.teams.entity.Partner;
import org.maillage.teams.teams.entity.PartnerKind;

/** The partners of the cooperation's teams: CCAS, EHPAD, town halls, associations. */
@Path("tenants/{tenant}/teams/partners")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.TEAM_REFERENT})
@Tag(name = "Équipes citoyennes")
public class PartnersResource {

    @Inject
    Partners partners;

    @Inject
    TerritoryCheck territory;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Lister les partenaires (ceux des équipes du référent et ceux qui ne sont liés à aucune équipe)")
    public List<PartnerView> list() {
        return partners.visible(viewer()).stream().map(p -> PartnerView.of(p, territory)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ajouter un partenaire",
            description = "Corps : name, kind (CCAS, EHPAD, MAIRIE, ASSOCIATION, OTHER), commune (code INSEE), contact (celui de la structure).")
    public Response create(String body) {
        Form form = Form.of(body, "{\"name\": \"CCAS de Vannes\", \"kind\": \"CCAS\", \"commune\": \"56260\"}");
        String name = form.text("name", 150, true);
        String kindName = form.text("kind", 20, true);
        PartnerKind kind = PartnerKind.parse(kindName);
        if (kind == null) {
            throw ApiError.invalidField("kind", "« " + kindName + " » n’est pas un type de partenaire ; types possibles : " + PartnerKind.codes());
        }
        String commune = form.text("commune", 5, false);
        Partner partner = new Partner(name, kind, commune == null ? null : territory.commune("commune", commune),
                form.text("contact", 300, false), OffsetDateTime.now(ZoneOffset.UTC));
        partners.add(partner);
        return Response.status(201).entity(PartnerView.of(partner, territory)).build();
    }

    private Viewer viewer() {
        return Viewer.of(security);
    }
}
