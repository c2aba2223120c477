package org.maillage.platform.indicators.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.maillage.platform.api.tenant.TenantContext;
import org.maillage.platform.api.tenant.TenantJobs;
import org.maillage.platform.jobs.control.Jobs;
import org.maillage.platform.tenancy.control.Tenants;
import org.maillage.platform.tenancy.entity.Tenant;

/**
 * The platform's background snapshots, platform jobs ({@link Jobs}): every {@code maillage.indicators.period-minutes}
 * (6 hours by default; the first run two minutes after a cooperation is first seen), for each active cooperation, as
 * that cooperation, the current month is recomputed and the previous month closed if it is still open. Nothing is
 * kept in memory: what is closed is read from the database, so a restart (or a month that passed while the platform
 * was stopped) is caught up by the next run. A cooperation whose snapshot fails is logged and skipped. The network's
 * medians of the last twelve months are computed again on the same period ({@link NetworkMedians}).
 */
@ApplicationScoped
public class MonthlySnapshots {

    private static final Logger LOG = Logger.getLogger(MonthlySnapshots.class.getName());
    private static final Duration FIRST_AFTER = Duration.ofMinutes(2);

    @Inject
    Jobs jobs;

    @Inject
    Tenants tenants;

    @Inject
    TenantContext tenant;

    @Inject
    Snapshots snapshots;

    @Inject
    IndicatorValues values;

    @Inject
    NetworkMedians medians;

    @Inject
    @ConfigProperty(name = "maillage.indicators.period-minutes", defaultValue = "360")
    long periodMinutes;

    private final List<TenantJobs.Schedule> schedules = new ArrayList<>();

    public synchronized void start() {
        if (schedules.isEmpty()) {
            Duration every = Duration.ofMinutes(periodMinutes);
            schedules.add(jobs.everyCooperation("platform.indicators.snapshot", FIRST_AFTER, every, this::snapshot));
            schedules.add(jobs.network("platform.indicators.medians", FIRST_AFTER.plusMinutes(1), every, this::medians));
        }
    }

    public synchronized void stop() {
        schedules.forEach(TenantJobs.Schedule::cancel);
        schedules.clear();
    }

    private void snapshot(OffsetDateTime now) {
        Tenant cooperation = tenants.find(tenant.slug()).orElseThrow();
        YearMonth current = YearMonth.from(now);
        YearMonth previous = current.minusMonths(1);
        if (!previous.isBefore(YearMonth.from(cooperation.createdAt())) && values.open(previous)) {
            LOG.info(() -> "Indicators of " + cooperation.slug() + ": " + snapshots.take(previous, now));
        }
        snapshots.take(current, now);
    }

    private void medians(OffsetDateTime now) throws Exception {
        YearMonth current = YearMonth.from(now);
        int kept = medians.refresh(current.minusMonths(11), current, now);
        LOG.info(() -> "Network medians of the last twelve months: " + kept);
    }
}
