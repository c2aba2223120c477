package org.maillage.platform.territory.boundary;

import java.util.List;
import java.util.Objects;
import org.maillage.platform.territory.entity.Commune;
import org.maillage.platform.territory.entity.Epci;

/** The territory of a cooperation: every commune of its départements, by name, and what they add up to. */
public record TenantTerritoryView(String tenant, List<DepartementView> departements, Summary summary, List<CommuneView> communes) {

    /** A département of the cooperation. */
    public record DepartementView(String code, String nom) {
    }

    /**
     * @param communeCount how many communes
     * @param population   their municipal population, added up (communes of unknown population count for 0)
     * @param epciCount    how many distinct EPCI they belong to, EPCI shared with another département counted once
     */
    public record Summary(int communeCount, long population, int epciCount) {
    }

    static TenantTerritoryView of(String tenant, List<DepartementView> departements, List<Commune> communes) {
        long population = communes.stream().map(Commune::population).filter(Objects::nonNull).mapToLong(Integer::longValue).sum();
        int epci = (int) communes.stream().map(Commune::epci).filter(Objects::nonNull).map(Epci::code).distinct().count();
        return new TenantTerritoryView(tenant, departements, new Summary(communes.size(), population, epci), CommuneView.of(communes));
    }
}
