package org.maillage.reporting.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.maillage.reporting.reports.entity.ReportPeriod;

/** Reads the bound cooperation's reports for the network, in a transaction of its own. */
@ApplicationScoped
public class CooperationReports {

    @Inject
    Reports reports;

    @Transactional
    public NetworkReports.Cooperation read(String slug, ReportPeriod expected, boolean due) {
        return new NetworkReports.Cooperation(slug, reports.list(), due && !reports.sent(expected) ? expected : null);
    }
}
