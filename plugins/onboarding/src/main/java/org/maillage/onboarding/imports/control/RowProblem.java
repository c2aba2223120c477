package org.maillage.onboarding.imports.control;

import org.maillage.onboarding.imports.entity.ImportProblem.Severity;

/**
 * A problem found in a row, before it is stored as an {@link org.maillage.onboarding.imports.entity.ImportProblem}.
 *
 * @param email the row's address, normalised (even when it is the value at fault), or null: what erasure matches
 */
public record RowProblem(long line, String column, String value, String reason, Severity severity, String email) {

    public static RowProblem rejected(long line, String column, String value, String reason, String email) {
        return new RowProblem(line, column, value, reason, Severity.REJECTED, email);
    }

    public static RowProblem warning(long line, String column, String value, String reason, String email) {
        return new RowProblem(line, column, value, reason, Severity.WARNING, email);
    }
}
