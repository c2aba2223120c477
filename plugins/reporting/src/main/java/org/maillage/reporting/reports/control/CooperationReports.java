package org.maillage.reporting.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.reporting.reports.entity.Report;
import org.maillage.reporting.reports.entity.ReportPeriod;
import org.maillage.reporting.reports.entity.ReportState;

/** Reads the bound cooperation's reports for the network, in a transaction of its own. */
@ApplicationScoped
public class CooperationReports {

    @Inject
    Reports reports;

    @Transactional
    public NetworkReports.Cooperation read(String slug, ReportPeriod expected, boolean due) {
        return new NetworkReports.Cooperation(slug, reports.list(), due && !reports.sent(expected) ? expected : null);
    }

    /** @return the title of the bound cooperation's report {@code id}, if sent (submitted or acknowledged): what the commission discusses */
    @Transactional
    public String sentTitle(String id) {
        Report report = reports.existing(id);
        if (report.state() != ReportState.SUBMITTED && report.state() != ReportState.ACKNOWLEDGED) {
            throw new ApiError(409, "Seul un rapport transmis au réseau peut être inscrit à l’ordre du jour ; celui-ci est à l’état « "
                    + report.state().label() + " ».");
        }
        return report.period().title();
    }
}
