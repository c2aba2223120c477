package org.maillage.platform.indicators.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.api.security.Audited;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.indicators.control.Sheet;
import org.maillage.platform.api.tenant.TenantWork;
import org.maillage.platform.indicators.control.IndicatorValues;
import org.maillage.platform.indicators.control.NetworkMedians;
import org.maillage.platform.plugins.control.PluginRecord;
import org.maillage.platform.plugins.control.PluginRegistry;
import org.maillage.platform.tenancy.control.Tenants;
import org.maillage.platform.tenancy.entity.TenantStatus;
import org.maillage.platform.tenancy.entity.Tenant;

/**
 * The indicators of every active cooperation, for network admins. Each cooperation is read as that
 * cooperation ({@link TenantWork}), in a transaction of its own: the national view goes through the same
 * tenant-bound path as a cooperation's own, with no cross-cooperation query. Hence no transaction here.
 */
@Path("indicators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NETWORK_ADMIN)
@Tag(name = "Indicateurs", description = "Indicateurs mensuels d’une coopération")
public class NetworkIndicatorsResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Tenants tenants;

    @Inject
    PluginRegistry plugins;

    @Inject
    TenantWork tenantWork;

    @Inject
    IndicatorValues values;

    @Inject
    NetworkMedians medians;

    @GET
    @Operation(summary = "Lire les indicateurs de toutes les coopérations actives, mois par mois")
    public NetworkIndicators list(@QueryParam("from") String from, @QueryParam("to") String to) throws Exception {
        Period period = Period.of(from, to);
        List<NetworkIndicators.Cooperation> cooperations = new ArrayList<>();
        for (Tenant tenant : tenants.list(TenantStatus.ACTIVE)) {
            List<MonthValues> months = tenantWork.call(tenant.slug(), () -> MonthValues.of(values.of(period.from(), period.to())));
            cooperations.add(new NetworkIndicators.Cooperation(tenant.slug(), tenant.displayName(), tenant.departements(), months));
        }
        List<IndicatorView> indicators = plugins.all().stream().filter(PluginRecord::started)
                .flatMap(p -> p.descriptor().indicators().stream()).map(IndicatorView::of).toList();
        return new NetworkIndicators(period.from().toString(), period.to().toString(), indicators, cooperations);
    }

    /** @param medians how many medians were kept */
    public record Medians(int medians) {
    }

    @POST
    @Path("medians")
    @Operation(summary = "Recalculer maintenant les médianes du réseau des douze derniers mois (faites sinon toutes les six heures)")
    public Medians medians() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        YearMonth current = YearMonth.from(now);
        return new Medians(medians.refresh(current.minusMonths(11), current, now));
    }

    @GET
    @Path("export.csv")
    @Produces({CSV, MediaType.APPLICATION_JSON}) // JSON for the error answers
    @Audited
    @Operation(summary = "Télécharger les indicateurs de toutes les coopérations, une ligne par coopération et par mois, en CSV (« ; », UTF-8)")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) throws Exception {
        Sheet sheet = sheet(list(from, to));
        return download(sheet::csv, CSV + ";charset=UTF-8", "indicateurs-reseau.csv");
    }

    @GET
    @Path("export.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Audited
    @Operation(summary = "Télécharger les indicateurs de toutes les coopérations, une ligne par coopération et par mois, en XLSX")
    public Response xlsx(@QueryParam("from") String from, @QueryParam("to") String to) throws Exception {
        Sheet sheet = sheet(list(from, to));
        return download(sheet::xlsx, XLSX, "indicateurs-reseau.xlsx");
    }

    private static Response download(StreamingOutput body, String type, String file) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    /** One row per cooperation and month with values; one column per indicator. */
    static Sheet sheet(NetworkIndicators table) {
        List<String> header = new ArrayList<>(List.of("Coopération", "Nom", "Départements", "Mois"));
        table.indicators().forEach(i -> header.add(i.label() + " (" + i.unit() + ")"));
        List<List<Object>> rows = new ArrayList<>();
        for (NetworkIndicators.Cooperation c : table.cooperations()) {
            for (MonthValues month : c.months()) {
                List<Object> row = new ArrayList<>(List.of(c.tenant(), c.displayName(), String.join(", ", c.departements()), month.month()));
                table.indicators().forEach(i -> row.add(month.values().get(i.key())));
                rows.add(row);
            }
        }
        return new Sheet("Indicateurs", header, rows);
    }
}
