package org.maillage.platform.api.settings;

import java.util.Objects;
import java.util.Optional;

/**
 * The declaration of one setting.
 *
 * @param key               the MicroProfile Config key, dotted and lower case, for example {@code maillage.tenant.time-zone}
 * @param type              the value type every value is checked against
 * @param defaultValue      the value when neither configuration nor the tenant says otherwise
 * @param tenantOverridable whether a cooperation may override the global value for itself
 * @param min               the smallest allowed value of an {@link SettingType#INTEGER} setting, or {@code null}
 * @param max               the largest allowed value of an {@link SettingType#INTEGER} setting, or {@code null}
 * @param description       what the setting changes, in French, as shown to coordinators
 */
public record Setting(String key, SettingType type, String defaultValue, boolean tenantOverridable,
                      Long min, Long max, String description) {

    /** The longest value a setting may hold. */
    public static final int MAX_LENGTH = 2000;

    public Setting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (!key.matches("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+")) {
            throw new IllegalArgumentException("A setting key is dotted lower case, like maillage.tenant.time-zone: " + key);
        }
        if (problem(type, defaultValue, min, max).isPresent()) {
            throw new IllegalArgumentException("The default of " + key + " is not a valid value: " + defaultValue);
        }
    }

    /** A setting that only configuration may change. */
    public static Setting global(String key, SettingType type, String defaultValue, String description) {
        return new Setting(key, type, defaultValue, false, null, null, description);
    }

    /** A setting each cooperation may override. */
    public static Setting perTenant(String key, SettingType type, String defaultValue, String description) {
        return new Setting(key, type, defaultValue, true, null, null, description);
    }

    /** @return a copy limited to integers between {@code min} and {@code max}, both included */
    public Setting between(long min, long max) {
        return new Setting(key, SettingType.INTEGER, defaultValue, tenantOverridable, min, max, description);
    }

    /** @return what is wrong with the raw value, in French, or empty when it may be stored */
    public Optional<String> problem(String raw) {
        return problem(type, raw, min, max);
    }

    private static Optional<String> problem(SettingType type, String raw, Long min, Long max) {
        if (raw == null || raw.isBlank()) {
            return Optional.of("ne doit pas être vide");
        }
        if (raw.length() > MAX_LENGTH) {
            return Optional.of("ne doit pas dépasser " + MAX_LENGTH + " caractères");
        }
        Optional<String> typeProblem = type.problem(raw);
        if (typeProblem.isPresent() || type != SettingType.INTEGER) {
            return typeProblem;
        }
        long value = Long.parseLong(raw.trim());
        if (min != null && value < min || max != null && value > max) {
            return Optional.of("doit être compris entre " + min + " et " + max);
        }
        return Optional.empty();
    }
}
