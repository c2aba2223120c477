package org.maillage.platform.indicators.control;

import java.util.List;

/**
 * What one snapshot of a cooperation's month did.
 *
 * @param month     {@code YYYY-MM}
 * @param closed    whether the month had ended: its values are now closed
 * @param written   values added or rewritten (an open month's values, or a closed month's first ones)
 * @param corrected closed values that changed since they were closed: each got a new revision
 * @param failures  what could not be computed, in French (the other values were written)
 */
public record Snapshot(String month, boolean closed, int written, int corrected, List<String> failures) {
}
