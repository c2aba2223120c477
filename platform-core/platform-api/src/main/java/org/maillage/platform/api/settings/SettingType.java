package org.maillage.platform.api.settings;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** The value types a setting may have; each knows how to check a raw value and say what is wrong, in French. */
public enum SettingType {
    TEXT {
        @Override
        Optional<String> problem(String raw) {
            return Optional.empty();
        }
    },
    INTEGER {
        @Override
        Optional<String> problem(String raw) {
            try {
                Long.parseLong(raw.trim());
                return Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.of("doit être un nombre entier");
            }
        }
    },
    BOOLEAN {
        @Override
        Optional<String> problem(String raw) {
            String v = raw.trim();
            return v.equals("true") || v.equals("false") ? Optional.empty() : Optional.of("doit valoir true ou false");
        }
    },
    TIME_ZONE {
        @Override
        Optional<String> problem(String raw) {
            try {
                ZoneId.of(raw.trim());
                return Optional.empty();
            } catch (DateTimeException e) {
                return Optional.of("doit être un fuseau horaire, par exemple Europe/Paris");
            }
        }
    };

    /** @return what is wrong with the raw value, or empty when it is a valid value of this type */
    abstract Optional<String> problem(String raw);
}
