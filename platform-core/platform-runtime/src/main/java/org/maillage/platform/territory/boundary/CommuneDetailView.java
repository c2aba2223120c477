package org.maillage.platform.territory.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.maillage.platform.territory.entity.Commune;

/**
 * One commune with its neighbours: the other communes of its EPCI, by name (none when it has no EPCI).
 * The territory has no coordinates; the EPCI is the nearest neighbourhood it knows.
 */
public record CommuneDetailView(String code, String nom, String departement, String region, @JsonbNillable EpciView epci,
                                @JsonbNillable Integer population, List<String> codesPostaux, List<CommuneView> voisins) {

    static CommuneDetailView of(Commune commune, List<Commune> neighbours) {
        return new CommuneDetailView(commune.code(), commune.nom(), commune.departement(), commune.region(), EpciView.of(commune.epci()),
                commune.population(), commune.codesPostaux(), CommuneView.of(neighbours));
    }
}
