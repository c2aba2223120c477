package org.maillage.reporting.reports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.api.security.Roles;
import org.maillage.reporting.reports.control.NetworkReports;

/**
 * Every cooperation's reports, for network admins: those waiting for an answer first, and the cooperations
 * whose report of the last ended half-year is late. Not transactional: each cooperation is read in a
 * transaction of its own, as itself ({@link NetworkReports}).
 */
@Path("reporting/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NETWORK_ADMIN)
@Tag(name = "Rapport au réseau", description = "Rapports des coopérations au réseau national")
public class NetworkReportsResource {

    @Inject
    NetworkReports network;

    /** @param late the cooperations whose report of {@code period} is not sent {@value NetworkReports#GRACE_DAYS} days after its end */
    public record Overview(List<ReportSummary> reports, List<Late> late) {
    }

    public record Late(String tenant, String period, String periodLabel, String title) {
    }

    @GET
    @Operation(summary = "Lister les rapports de toutes les coopérations (les transmis d’abord) et les rapports en retard")
    public Overview list() throws Exception {
        List<NetworkReports.Cooperation> all = network.all(OffsetDateTime.now(ZoneOffset.UTC));
        List<ReportSummary> reports = all.stream()
                .flatMap(c -> c.reports().stream().map(r -> ReportSummary.of(c.tenant(), r)))
                .sorted((a, b) -> Boolean.compare(!a.state().equals("SUBMITTED"), !b.state().equals("SUBMITTED")))
                .toList();
        List<Late> late = all.stream().filter(c -> c.late() != null)
                .map(c -> new Late(c.tenant(), c.late().code(), c.late().label(), c.late().title())).toList();
        return new Overview(reports, late);
    }
}
