package org.maillage.platform.indicators.boundary;

import jakarta.validation.constraints.NotBlank;

/** @param month the month to snapshot, {@code YYYY-MM}: the current one, or an ended one (closed, or corrected) */
public record SnapshotRequest(@NotBlank(message = "est obligatoire") String month) {
}
