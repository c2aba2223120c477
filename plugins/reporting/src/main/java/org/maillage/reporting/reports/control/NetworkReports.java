package org.maillage.reporting.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.maillage.platform.api.tenant.TenantWork;
import org.maillage.reporting.plugin.ReportingPlugin;
import org.maillage.reporting.reports.entity.Report;
import org.maillage.reporting.reports.entity.ReportPeriod;

/**
 * The reports of every cooperation that enabled the module, for network admins: each cooperation read as
 * itself ({@link TenantWork}), one transaction each; there is no query across cooperations.
 */
@ApplicationScoped
public class NetworkReports {

    /** Days after a half-year's end before its report counts as late. */
    public static final int GRACE_DAYS = 60;

    @Inject
    TenantWork tenantWork;

    @Inject
    CooperationReports one;

    /** One cooperation's reports, and whether the last ended half-year's is late. */
    public record Cooperation(String tenant, List<Report> reports, ReportPeriod late) {
    }

    public List<Cooperation> all(OffsetDateTime now) throws Exception {
        ReportPeriod expected = ReportPeriod.lastHalfEndedBefore(YearMonth.from(now));
        boolean due = now.toLocalDate().isAfter(expected.to().atEndOfMonth().plusDays(GRACE_DAYS));
        List<Cooperation> all = new ArrayList<>();
        for (String slug : tenantWork.tenantsWith(ReportingPlugin.ID)) {
            all.add(tenantWork.call(slug, () -> one.read(slug, expected, due)));
        }
        return all;
    }
}
