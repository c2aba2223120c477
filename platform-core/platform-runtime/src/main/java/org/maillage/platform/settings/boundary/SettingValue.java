package org.maillage.platform.settings.boundary;

import jakarta.validation.constraints.NotNull;

/** The value a cooperation gives to one of its settings. */
public record SettingValue(@NotNull(message = "est obligatoire") String value) {
}
