package org.maillage.platform.territory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.maillage.platform.api.territory.CommuneRef;
import org.maillage.platform.api.tenant.TenantContext;
import org.maillage.platform.tenancy.control.Tenants;
import org.maillage.platform.tenancy.entity.Tenant;
import org.maillage.platform.territory.entity.Commune;

/** The territory of the public API ({@link org.maillage.platform.api.territory.Territory}), read through {@link Territory}. */
@ApplicationScoped
public class TerritoryForPlugins implements org.maillage.platform.api.territory.Territory {

    @Inject
    Territory territory;

    @Inject
    TenantContext tenant;

    @Inject
    Tenants tenants;

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

    @Override
    public List<CommuneRef> communesOfEpci(String epci) {
        if (epci == null || !epci.matches("[0-9]{9}")) {
            return List.of();
        }
        return territory.ofEpci(epci).stream().map(TerritoryForPlugins::ref).toList();
    }

    @Override
    public List<CommuneRef> communesOfTenant() {
        Tenant cooperation = tenants.find(tenant.slug()).orElseThrow();
        return territory.ofDepartements(cooperation.departements()).stream().map(TerritoryForPlugins::ref).toList();
    }

    static CommuneRef ref(Commune commune) {
        return new CommuneRef(commune.code(), commune.nom(), commune.departement(),
                commune.epci() == null ? null : commune.epci().code(),
                commune.population() == null ? 0 : commune.population());
    }
}
