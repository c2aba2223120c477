package org.maillage.reporting.reports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.api.security.Audited;
import org.maillage.platform.api.security.NetworkLevel;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.api.tenant.TenantContext;
import org.maillage.reporting.reports.control.Figures;
import org.maillage.reporting.reports.control.ReportFigures;
import org.maillage.reporting.reports.control.ReportPdf;
import org.maillage.reporting.reports.control.Reports;
import org.maillage.reporting.reports.entity.Report;

/**
 * A cooperation's reports to the network: its coordinators write and submit them; network admins read
 * them, acknowledge them or give them back with a comment.
 */
@Path("tenants/{tenant}/reporting/reports")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.NETWORK_ADMIN})
@Tag(name = "Rapport au réseau", description = "Rapports des coopérations au réseau national")
public class ReportsResource {

    private static final String BODY = "le corps de la requête est obligatoire";

    @Inject
    Reports reports;

    @Inject
    ReportFigures figures;

    @Inject
    TenantContext tenant;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Lister les rapports de la coopération")
    public List<ReportSummary> list() {
        return reports.list().stream().map(r -> ReportSummary.of(tenant.slug(), r)).toList();
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Commencer le rapport d’une période (année ou semestre), rempli des indicateurs de la coopération")
    public Response create(@Valid @NotNull(message = BODY) ReportForms.NewReport body) {
        Report report = reports.create(body.period(), now());
        return Response.status(201).location(uri.getAbsolutePathBuilder().path(report.id()).build()).entity(view(report)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Lire un rapport, avec ses chiffres (ceux du jour, ou ceux transmis)")
    public ReportView get(@PathParam("id") String id) {
        return view(reports.existing(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Écrire le rapport (brouillon ou renvoyé)")
    public ReportView write(@PathParam("id") String id, @Valid @NotNull(message = BODY) ReportForms.Writing body) {
        return view(reports.write(id, body.version(), body.narrative(), now()));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Transmettre le rapport au réseau : ses chiffres sont figés")
    public ReportView submit(@PathParam("id") String id, @Valid @NotNull(message = BODY) ReportForms.Move body) {
        return view(reports.submit(id, body.version(), now()));
    }

    @POST
    @Path("{id}/acknowledge")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @NetworkLevel
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accuser réception d’un rapport transmis (réseau national)")
    public ReportView acknowledge(@PathParam("id") String id, @Valid @NotNull(message = BODY) ReportForms.Move body) {
        return view(reports.acknowledge(id, body.version(), now()));
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @NetworkLevel
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Renvoyer un rapport transmis à la coopération, avec un commentaire (réseau national)")
    public ReportView giveBack(@PathParam("id") String id, @Valid @NotNull(message = BODY) ReportForms.GiveBack body) {
        return view(reports.giveBack(id, body.version(), body.comment().strip(), now()));
    }

    @GET
    @Path("{id}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON}) // JSON for the error answers
    @Audited
    @Operation(summary = "Télécharger le rapport en PDF")
    public Response pdf(@PathParam("id") String id) {
        Report report = reports.existing(id);
        Figures shown = figures.of(report);
        String slug = tenant.slug();
        StreamingOutput body = out -> ReportPdf.write(slug, report, shown, out);
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"rapport-" + slug + "-" + report.period().code() + ".pdf\"").build();
    }

    private ReportView view(Report report) {
        return ReportView.of(report, figures.of(report));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
