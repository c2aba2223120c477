package org.maillage.platform.api.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingTest {

    private final Setting pageSize = Setting.perTenant("maillage.tenant.page-size", SettingType.INTEGER, "50", "x").between(10, 500);

    @Test
    void acceptsValuesOfItsTypeWithinRange() {
        assertEquals(Optional.empty(), pageSize.problem("10"));
        assertEquals(Optional.empty(), pageSize.problem(" 500 "));
    }

    @Test
    void saysInFrenchWhatIsWrong() {
        assertEquals(Optional.of("doit être compris entre 10 et 500"), pageSize.problem("9"));
        assertEquals(Optional.of("doit être un nombre entier"), pageSize.problem("dix"));
        assertEquals(Optional.of("ne doit pas être vide"), pageSize.problem(" "));
        assertTrue(pageSize.problem("1".repeat(Setting.MAX_LENGTH + 1)).isPresent());
    }

    @Test
    void checksBooleansAndTimeZones() {
        Setting flag = Setting.global("maillage.flag", SettingType.BOOLEAN, "false", "x");
        assertEquals(Optional.empty(), flag.problem("true"));
        assertTrue(flag.problem("oui").isPresent());
        Setting zone = Setting.perTenant("maillage.zone", SettingType.TIME_ZONE, "Europe/Paris", "x");
        assertEquals(Optional.empty(), zone.problem("Indian/Reunion"));
        assertTrue(zone.problem("Europe/Vannes").isPresent());
    }

    @Test
    void refusesAMalformedKeyOrAnInvalidDefault() {
        assertThrows(IllegalArgumentException.class, () -> Setting.global("PageSize", SettingType.TEXT, "x", "x"));
        assertThrows(IllegalArgumentException.class, () -> Setting.global("nodot", SettingType.TEXT, "x", "x"));
        assertThrows(IllegalArgumentException.class, () -> Setting.global("maillage.size", SettingType.INTEGER, "big", "x"));
        assertThrows(IllegalArgumentException.class, () -> pageSize.between(100, 200));
    }
}
