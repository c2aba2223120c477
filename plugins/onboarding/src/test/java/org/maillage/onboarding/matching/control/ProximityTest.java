package org.maillage.onboarding.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.maillage.platform.api.territory.CommuneRef;

class ProximityTest {

    private static final CommuneRef VANNES = new CommuneRef("56260", "Vannes", "56", "200067932", 54000);
    private static final CommuneRef SENE = new CommuneRef("56243", "Séné", "56", "200067932", 9000);
    private static final CommuneRef LORIENT = new CommuneRef("56121", "Lorient", "56", "200042174", 57000);
    private static final CommuneRef RENNES = new CommuneRef("35238", "Rennes", "35", "243500139", 220000);
    private static final CommuneRef ISLAND = new CommuneRef("56069", "Île-d'Houat", "56", null, 200);

    @Test
    void sameCommuneThenEpciThenDepartement() {
        assertEquals(Optional.of(Proximity.COMMUNE), Proximity.between(VANNES, VANNES));
        assertEquals(Optional.of(Proximity.EPCI), Proximity.between(VANNES, SENE));
        assertEquals(Optional.of(Proximity.DEPARTEMENT), Proximity.between(VANNES, LORIENT));
        assertEquals(Optional.empty(), Proximity.between(VANNES, RENNES));
        assertEquals(Optional.empty(), Proximity.between(VANNES, null));
    }

    @Test
    void communesWithoutEpciAreNotInTheSameOne() {
        CommuneRef otherIsland = new CommuneRef("56085", "Île-de-Hoëdic", "56", null, 100);
        assertEquals(Optional.of(Proximity.DEPARTEMENT), Proximity.between(ISLAND, otherIsland));
    }
}
