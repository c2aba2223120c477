package org.maillage.onboarding.imports.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maillage.onboarding.volunteers.entity.Volunteer.Commune;
import org.maillage.platform.api.territory.CommuneRef;
import org.maillage.platform.api.territory.Territory;

/**
 * The communes of the postcodes met during one import, each looked up once (France has about
 * 6,000 postcodes, so the cache stays small whatever the size of the file).
 */
final class Communes {

    private final Territory territory;
    private final Map<String, Commune> byPostcode = new HashMap<>();

    Communes(Territory territory) {
        this.territory = territory;
    }

    /** @return the commune of the postcode; several candidates when it serves several; nothing when unknown */
    Commune of(String postcode) {
        return byPostcode.computeIfAbsent(postcode, p -> {
            List<CommuneRef> communes = territory.communesOfPostcode(p);
            if (communes.isEmpty()) {
                return Commune.UNKNOWN;
            }
            if (communes.size() == 1) {
                return new Commune(communes.get(0).code(), communes.get(0).nom(), List.of());
            }
            return new Commune(null, null, communes.stream().map(CommuneRef::code).toList());
        });
    }
}
