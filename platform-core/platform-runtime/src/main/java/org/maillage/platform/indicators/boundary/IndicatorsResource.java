package org.maillage.platform.indicators.boundary;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.security.NetworkLevel;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.indicators.control.IndicatorSources;
import org.maillage.platform.indicators.control.IndicatorValues;
import org.maillage.platform.indicators.control.MedianStore;
import org.maillage.platform.indicators.control.Snapshot;
import org.maillage.platform.indicators.control.Snapshots;

/**
 * A cooperation's indicators month by month, as its modules compute them. The read is one transaction; a
 * snapshot is several (each plugin computes in its own, then one writes), so it runs outside any.
 */
@Path("tenants/{tenant}/indicators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicateurs", description = "Indicateurs mensuels d’une coopération")
public class IndicatorsResource {

    @Inject
    IndicatorSources sources;

    @Inject
    IndicatorValues values;

    @Inject
    Snapshots snapshots;

    @Inject
    MedianStore medians;

    @PathParam("tenant")
    String tenant;

    @GET
    @Transactional
    @Operation(summary = "Lire les indicateurs de la coopération, mois par mois (par défaut les douze derniers mois)")
    public IndicatorTable list(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = Period.of(from, to);
        return new IndicatorTable(tenant, period.from().toString(), period.to().toString(),
                sources.declared().stream().map(IndicatorView::of).toList(),
                MonthValues.of(values.of(period.from(), period.to())));
    }

    @GET
    @Path("network-median")
    @Transactional
    @Operation(summary = "Lire la médiane du réseau pour chaque indicateur, mois par mois (sur cinq coopérations au moins)")
    public List<MedianMonth> networkMedian(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = Period.of(from, to);
        return MedianMonth.of(medians.of(period.from(), period.to()));
    }

    @POST
    @Path("snapshots")
    @RolesAllowed({Roles.COORDINATOR, Roles.NETWORK_ADMIN})
    @NetworkLevel
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Calculer maintenant les indicateurs d’un mois (le mois en cours, ou un mois passé : clôture ou correction)")
    public Snapshot snapshot(@Valid @NotNull(message = "le corps de la requête est obligatoire") SnapshotRequest request) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        YearMonth month = Period.month("month", request.month());
        if (month.isAfter(YearMonth.from(now))) {
            throw ApiError.invalidField("month", "ne peut pas être un mois à venir");
        }
        return snapshots.take(month, now);
    }
}
