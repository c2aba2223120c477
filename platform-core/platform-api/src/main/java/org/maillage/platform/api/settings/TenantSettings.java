package org.maillage.platform.api.settings;

/**
 * The effective settings of the current tenant: its override where it has one, else the global value,
 * else the declared default. Injected with {@code @Inject TenantSettings}.
 */
public interface TenantSettings {

    /**
     * @return the effective raw value of a declared setting for the current tenant
     * Refused (404 to an API caller) when no setting with this key is declared.
     */
    String value(String key);

    /** @return the effective value of a declared {@link SettingType#INTEGER} setting */
    default long longValue(String key) {
        return Long.parseLong(value(key).trim());
    }

    /** @return the effective value of a declared {@link SettingType#BOOLEAN} setting */
    default boolean booleanValue(String key) {
        return Boolean.parseBoolean(value(key).trim());
    }
}
