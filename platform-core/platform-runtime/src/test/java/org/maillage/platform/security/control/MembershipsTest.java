package org.maillage.platform.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MembershipsTest {

    @Test
    void readsARolePerCooperationFromTheGroupPaths() {
        Memberships m = Memberships.of(List.of("/cooperations/morbihan/coordinator", "/cooperations/ille-et-vilaine/team-referent",
                "/cooperations/morbihan/team-referent"));
        assertEquals(Set.of("ille-et-vilaine", "morbihan"), m.slugs());
        assertEquals(Set.of("coordinator", "team-referent"), m.in("morbihan"));
        assertEquals(Set.of("team-referent"), m.in("ille-et-vilaine"));
        assertEquals(Set.of(), m.in("finistere"));
        assertEquals(Set.of("coordinator", "team-referent"), m.anywhere());
    }

    @Test
    void aMembershipCountsOnlyWithAKnownRole() {
        Memberships m = Memberships.of(List.of("/cooperations/morbihan", "/cooperations/morbihan/network-admin",
                "/cooperations/morbihan/coordinator/extra", "/cooperations//coordinator", "/other/morbihan/coordinator",
                "cooperations/morbihan/coordinator", "/cooperations/morbihan/Coordinator", ""));
        assertEquals(Map.of(), m.roles());
    }
}
