package org.maillage.platform.territory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.maillage.platform.api.territory.CommuneRef;
import org.maillage.platform.territory.entity.Commune;

/** The territory of the public API ({@link org.maillage.platform.api.territory.Territory}), read through {@link Territory}. */
@ApplicationScoped
public class TerritoryForPlugins implements org.maillage.platform.api.territory.Territory {

    @Inject
    Territory territory;

    @Override
    public List<CommuneRef> communesOfPostcode(String postcode) {
        if (postcode == null || !postcode.matches("[0-9]{5}")) {
            return List.of();
        }
        return territory.ofPostcode(postcode).stream().map(TerritoryForPlugins::ref).toList();
    }

    @Override
    public Optional<CommuneRef> commune(String code) {
        if (code == null || !code.matches("[0-9][0-9AB][0-9]{3}")) {
            return Optional.empty();
        }
        return territory.commune(code).map(TerritoryForPlugins::ref);
    }

    static CommuneRef ref(Commune commune) {
        return new CommuneRef(commune.code(), commune.nom(), commune.departement(),
                commune.epci() == null ? null : commune.epci().code());
    }
}
