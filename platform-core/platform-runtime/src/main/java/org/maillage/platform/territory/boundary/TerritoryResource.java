package org.maillage.platform.territory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.tenancy.control.Departements;
import org.maillage.platform.territory.control.Territory;
import org.maillage.platform.territory.entity.Commune;

/** The French territory, read only: communes, their EPCI and their postcodes. */
@Path("territory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territoire", description = "Communes, intercommunalités et codes postaux (référentiel commun à toutes les coopérations)")
public class TerritoryResource {

    @Inject
    Territory territory;

    @Inject
    Departements departements;

    @GET
    @Path("communes")
    @Operation(summary = "Chercher des communes par nom ou code postal",
            description = "Sans tenir compte des majuscules, des accents, des tirets, des apostrophes ni des espaces ; "
                    + "St et Ste valent Saint et Sainte. Chaque mot doit commencer un mot du nom, chaque groupe de chiffres "
                    + "un code postal. Le nom exact d’abord, puis les plus peuplées.")
    public List<CommuneView> search(
            @Parameter(description = "nom ou code postal, au moins 2 caractères (exemples : st malo, 35400)") @QueryParam("q") String q,
            @Parameter(description = "code du département où chercher (exemple : 56)") @QueryParam("departement") String departement,
            @Parameter(description = "nombre maximal de résultats, de 1 à 100 (20 par défaut)") @QueryParam("limit") String limit) {
        SearchParameters search = SearchParameters.checked(q, departement, limit, departements);
        return CommuneView.of(territory.search(search.query(), search.departement(), search.limit()));
    }

    @GET
    @Path("communes/{code}")
    @Operation(summary = "Lire une commune, avec les autres communes de son intercommunalité")
    public CommuneDetailView commune(@PathParam("code") String code) {
        String insee = code.trim().toUpperCase(Locale.ROOT);
        if (!insee.matches("[0-9][0-9AB][0-9]{3}")) {
            throw ApiError.invalidField("code", "doit être un code INSEE de 5 caractères (exemples : 35288, 2A004)");
        }
        Commune commune = territory.commune(insee)
                .orElseThrow(() -> new ApiError(404, "Aucune commune n’a le code INSEE « " + insee + " »."));
        List<Commune> neighbours = commune.epci() == null ? List.of() : territory.ofEpci(commune.epci().code()).stream()
                .filter(c -> !c.code().equals(commune.code()))
                .toList();
        return CommuneDetailView.of(commune, neighbours);
    }

    @GET
    @Path("postcodes/{postcode}")
    @Operation(summary = "Lister les communes desservies par un code postal")
    public PostcodeView postcode(@PathParam("postcode") String postcode) {
        String digits = postcode.trim();
        if (!digits.matches("[0-9]{5}")) {
            throw ApiError.invalidField("postcode", "doit être un code postal de 5 chiffres (exemple : 56000)");
        }
        List<Commune> communes = territory.ofPostcode(digits);
        if (communes.isEmpty()) {
            throw new ApiError(404, "Aucune commune n’est desservie par le code postal « " + digits + " ».");
        }
        return new PostcodeView(digits, CommuneView.of(communes));
    }
}
