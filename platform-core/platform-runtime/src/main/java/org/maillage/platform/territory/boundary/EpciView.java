package org.maillage.platform.territory.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import org.maillage.platform.territory.entity.Epci;

/**
 * The intercommunalité of a commune. {@code @JsonbNillable} here as well as on the property: Yasson
 * 3.0.4 (Payara 6.2025.10) writes a null object property only when the property's type says so too.
 */
@JsonbNillable
public record EpciView(String code, String nom) {

    static EpciView of(Epci epci) {
        return epci == null ? null : new EpciView(epci.code(), epci.nom());
    }
}
