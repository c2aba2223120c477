package org.maillage.reporting.reports.entity;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report covers: a year ({@code 2026}) or a half-year ({@code 2026-S1}, January to June;
 * {@code 2026-S2}, July to December).
 */
public record ReportPeriod(String code, YearMonth from, YearMonth to) {

    private static final Pattern CODE = Pattern.compile("(20\\d\\d)(?:-S([12]))?");

    /** @return the period of a code, or empty when the code is not one */
    public static Optional<ReportPeriod> parse(String code) {
        Matcher m = code == null ? null : CODE.matcher(code.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return Optional.of(new ReportPeriod(m.group(), YearMonth.of(year, 1), YearMonth.of(year, 12)));
        }
        int first = m.group(2).equals("1") ? 1 : 7;
        return Optional.of(new ReportPeriod(m.group(), YearMonth.of(year, first), YearMonth.of(year, first + 5)));
    }

    /** @return the last half-year that ended before {@code month} */
    public static ReportPeriod lastHalfEndedBefore(YearMonth month) {
        int year = month.getMonthValue() <= 6 ? month.getYear() - 1 : month.getYear();
        String half = month.getMonthValue() <= 6 ? "S2" : "S1";
        return parse(year + "-" + half).orElseThrow();
    }

    /** @return the French name, « année 2026 » or « 1er semestre 2026 » */
    public String label() {
        if (code.length() == 4) {
            return "année " + code;
        }
        return (code.endsWith("S1") ? "1er" : "2d") + " semestre " + code.substring(0, 4);
    }

    /** @return the report's French title, « Rapport de l’année 2026 » or « Rapport du 1er semestre 2026 » */
    public String title() {
        return code.length() == 4 ? "Rapport de l’" + label() : "Rapport du " + label();
    }

    public boolean endedBefore(YearMonth month) {
        return to.isBefore(month);
    }

    public boolean begunBy(YearMonth month) {
        return !from.isAfter(month);
    }

    /** @return whether a report of this period says what {@code other} asks: the same period, or the year of a half */
    public boolean covers(ReportPeriod other) {
        return !from.isAfter(other.from) && !to.isBefore(other.to);
    }
}
