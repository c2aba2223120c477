package org.maillage.platform.tenancy.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"morbihan", "ille-et-vilaine", "cotes-d-armor", "m2", "coop-2024"})
    void accepts(String slug) {
        assertTrue(slug.matches(TenantForm.SLUG));
    }

    @ParameterizedTest
    @ValueSource(strings = {"m", "Morbihan", "ille--et-vilaine", "-morbihan", "morbihan-", "2a", "côtes", "ille et vilaine",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void refuses(String slug) {
        assertFalse(slug.matches(TenantForm.SLUG));
    }
}
