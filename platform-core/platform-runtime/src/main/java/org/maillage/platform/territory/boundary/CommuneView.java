package org.maillage.platform.territory.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.maillage.platform.territory.entity.Commune;

/**
 * A commune as the API shows it in lists and searches. {@code epci} is null for a commune in no
 * intercommunalité, {@code population} when it is unknown: both are written, as null.
 */
public record CommuneView(String code, String nom, String departement, @JsonbNillable EpciView epci,
                          @JsonbNillable Integer population, List<String> codesPostaux) {

    static CommuneView of(Commune commune) {
        return new CommuneView(commune.code(), commune.nom(), commune.departement(), EpciView.of(commune.epci()), commune.population(),
                commune.codesPostaux());
    }

    static List<CommuneView> of(List<Commune> communes) {
        return communes.stream().map(CommuneView::of).toList();
    }
}
