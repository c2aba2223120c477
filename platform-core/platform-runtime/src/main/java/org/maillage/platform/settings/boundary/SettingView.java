package org.maillage.platform.settings.boundary;

import org.maillage.platform.api.settings.Setting;
import org.maillage.platform.api.settings.SettingType;

/**
 * One setting as a cooperation sees it.
 *
 * @param value  the effective value for the cooperation
 * @param source {@code TENANT} when the cooperation overrides it, else {@code PLATFORM}
 */
public record SettingView(String key, SettingType type, String value, String source, String defaultValue,
                          boolean tenantOverridable, Long min, Long max, String description) {

    static SettingView of(Setting setting, String value, boolean overridden) {
        return new SettingView(setting.key(), setting.type(), value, overridden ? "TENANT" : "PLATFORM",
                setting.defaultValue(), setting.tenantOverridable(), setting.min(), setting.max(), setting.description());
    }
}
