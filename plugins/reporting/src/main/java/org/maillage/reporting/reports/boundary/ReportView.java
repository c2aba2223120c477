package org.maillage.reporting.reports.boundary;

import java.time.OffsetDateTime;
import org.maillage.reporting.reports.control.Figures;
import org.maillage.reporting.reports.entity.Narrative;
import org.maillage.reporting.reports.entity.Report;

/** A report as the cooperation and the network read it; {@code version} goes back with every change. */
public record ReportView(String id, String period, String periodLabel, String title, String state, String stateLabel, boolean editable,
                         Narrative narrative, Figures figures, String networkComment, OffsetDateTime updatedAt,
                         OffsetDateTime submittedAt, OffsetDateTime decidedAt, long version) {

    static ReportView of(Report r, Figures figures) {
        return new ReportView(r.id(), r.period().code(), r.period().label(), r.period().title(), r.state().name(), r.state().label(),
                r.state().editable(), r.narrative(), figures, r.networkComment(), r.updatedAt(), r.submittedAt(),
                r.decidedAt(), r.version());
    }
}
