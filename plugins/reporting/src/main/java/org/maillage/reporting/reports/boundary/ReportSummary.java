package org.maillage.reporting.reports.boundary;

import java.time.OffsetDateTime;
import org.maillage.reporting.reports.entity.Report;

/** A line of a list of reports, without the figures. */
public record ReportSummary(String tenant, String id, String period, String periodLabel, String title, String state, String stateLabel,
                            OffsetDateTime updatedAt, OffsetDateTime submittedAt, long version) {

    static ReportSummary of(String tenant, Report r) {
        return new ReportSummary(tenant, r.id(), r.period().code(), r.period().label(), r.period().title(), r.state().name(), r.state().label(),
                r.updatedAt(), r.submittedAt(), r.version());
    }
}
