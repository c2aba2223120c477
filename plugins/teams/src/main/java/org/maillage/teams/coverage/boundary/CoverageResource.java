package org.maillage.teams.coverage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.security.Roles;
import org.maillage.teams.coverage.control.Coverage;
import org.maillage.teams.coverage.control.Coverage.CoveredCommune;
import org.maillage.teams.coverage.control.Coverage.EpciCoverage;
import org.maillage.teams.coverage.control.Coverage.ZoneBlanche;
import org.maillage.teams.coverage.control.Coverages;

/** The coverage of the cooperation's territory by its active teams, and the zones blanches: for coordinators. */
@Path("tenants/{tenant}/teams/coverage")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@Tag(name = "Équipes citoyennes")
public class CoverageResource {

    @Inject
    Coverages coverages;

    /**
     * @param communeShare    covered share of the communes, 0 to 1 (4 decimals)
     * @param populationShare covered share of the population, 0 to 1 (4 decimals)
     * @param withVolunteers  whether onboarding's volunteers were counted (onboarding enabled)
     */
    public record CoverageView(int communes, int coveredCommunes, long population, long coveredPopulation,
                               double communeShare, double populationShare, String ranking, boolean withVolunteers,
                               List<CoveredCommune> covered, List<ZoneBlanche> zonesBlanches, List<EpciView> epcis) {
    }

    public record EpciView(String epci, String label, int communes, int coveredCommunes, long population, long coveredPopulation,
                           double populationShare) {
        static EpciView of(EpciCoverage e) {
            return new EpciView(e.epci(), e.label(), e.communes(), e.coveredCommunes(), e.population(), e.coveredPopulation(),
                    round(e.populationShare()));
        }
    }

    @GET
    @Operation(summary = "Communes couvertes par une équipe active, zones blanches classées, et couverture par intercommunalité")
    public CoverageView coverage(
            @Parameter(description = "classement des zones blanches : population (défaut) ou volunteers (bénévoles accueillis qui y vivent, puis dans la même intercommunalité)")
            @QueryParam("rank") String rank,
            @Parameter(description = "nombre de zones blanches rendues, toutes par défaut") @QueryParam("limit") String limit) {
        Coverage.Ranking ranking = ranking(rank);
        Coverage c = coverages.current(ranking);
        int max = limit(limit);
        return new CoverageView(c.communes(), c.coveredCommunes(), c.population(), c.coveredPopulation(),
                round(c.communeShare()), round(c.populationShare()), ranking.name().toLowerCase(Locale.ROOT), coverages.withVolunteers(),
                c.covered(), c.zonesBlanches().subList(0, Math.min(max, c.zonesBlanches().size())),
                c.epcis().stream().map(EpciView::of).toList());
    }

    private static Coverage.Ranking ranking(String rank) {
        if (rank == null || rank.isBlank() || rank.trim().equalsIgnoreCase("population")) {
            return Coverage.Ranking.POPULATION;
        }
        if (rank.trim().equalsIgnoreCase("volunteers")) {
            return Coverage.Ranking.VOLUNTEERS;
        }
        throw ApiError.invalidField("rank", "doit valoir population ou volunteers");
    }

    private static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return Integer.MAX_VALUE;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.invalidField("limit", "doit être un nombre entier positif");
    }

    static double round(double share) {
        return Math.round(share * 10000) / 10000.0;
    }
}
