package org.maillage.onboarding.imports.control;

import org.maillage.onboarding.imports.entity.ImportProblem.Severity;

/** A problem found in a row, before it is stored as an {@link org.maillage.onboarding.imports.entity.ImportProblem}. */
public record RowProblem(long line, String column, String value, String reason, Severity severity) {

    public static RowProblem rejected(long line, String column, String value, String reason) {
        return new RowProblem(line, column, value, reason, Severity.REJECTED);
    }

    public static RowProblem warning(long line, String column, String value, String reason) {
        return new RowProblem(line, column, value, reason, Severity.WARNING);
    }
}
