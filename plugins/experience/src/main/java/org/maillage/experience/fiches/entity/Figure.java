package org.maillage.experience.fiches.entity;

import java.math.BigDecimal;

/**
 * One result in figures of an experience: « 12 bénévoles formés ».
 *
 * @param label what was counted
 * @param value how many
 * @param unit  the unit, may be empty
 */
public record Figure(String label, BigDecimal value, String unit) {
}
