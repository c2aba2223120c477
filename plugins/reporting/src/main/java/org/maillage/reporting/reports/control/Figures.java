package org.maillage.reporting.reports.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The figures of a report: the cooperation's indicators month by month over the period.
 *
 * @param indicators the indicators, in the order their modules declare them
 * @param months     by month ({@code YYYY-MM}), the value of each indicator by key; months without a snapshot are absent
 * @param frozen     whether these are the figures the report was submitted with, rather than today's
 */
public record Figures(List<Figure> indicators, Map<String, Map<String, BigDecimal>> months, boolean frozen) {

    /** One indicator's name. */
    public record Figure(String key, String label, String unit) {
    }
}
