package org.maillage.platform.territory.entity;

/**
 * An intercommunalité (EPCI à fiscalité propre): the communes that work together, the nearest
 * neighbours a commune has in data without coordinates.
 *
 * @param code its SIREN number
 * @param nom  its official name
 */
public record Epci(String code, String nom) {
}
