package org.maillage.platform.api.territory;

import java.util.List;
import java.util.Optional;

/**
 * The French territory the platform ships (communes, postcodes), read only and the same for every
 * cooperation. Injected with {@code @Inject Territory}; usable with or without a tenant bound and
 * inside or outside a transaction (each call reads on its own connection).
 */
public interface Territory {

    /**
     * @param postcode five digits, for example {@code 56190}
     * @return the communes the postcode serves, sorted by name in French order; several for many
     *         rural postcodes, empty for an unknown or malformed postcode
     */
    List<CommuneRef> communesOfPostcode(String postcode);

    /**
     * @param code an INSEE code, for example {@code 56260}
     * @return the commune, or empty when no current commune has this code
     */
    Optional<CommuneRef> commune(String code);

    /**
     * @param epci the SIREN code of an intercommunalité, for example {@code 200067932}
     * @return its member communes, sorted by name; empty for an unknown code
     */
    List<CommuneRef> communesOfEpci(String epci);

    /**
     * @return the communes of the current cooperation's territory (the communes of its départements),
     *         sorted by name
     * @throws IllegalStateException when no cooperation is bound
     */
    List<CommuneRef> communesOfTenant();
}
