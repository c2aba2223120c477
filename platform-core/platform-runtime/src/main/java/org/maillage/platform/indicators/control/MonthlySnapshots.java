package org.maillage.platform.indicators.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.maillage.platform.api.tenant.TenantWork;
import org.maillage.platform.tenancy.control.Tenants;
import org.maillage.platform.tenancy.entity.Tenant;
import org.maillage.platform.tenancy.entity.TenantStatus;

/**
 * The platform's background snapshots: every {@code maillage.indicators.period-minutes} (6 hours by
 * default; the first run two minutes after start), for each active cooperation, as that cooperation, the
 * current month is recomputed and the previous month closed if it is still open. Nothing is kept in memory:
 * what is closed is read from the database, so a restart (or a month that passed while the platform was
 * stopped) is caught up by the next run. A cooperation whose snapshot fails is logged and skipped. Then
 * the network's medians of the last twelve months are computed again ({@link NetworkMedians}).
 */
@ApplicationScoped
public class MonthlySnapshots {

    private static final Logger LOG = Logger.getLogger(MonthlySnapshots.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantWork tenantWork;

    @Inject
    Tenants tenants;

    @Inject
    Snapshots snapshots;

    @Inject
    IndicatorValues values;

    @Inject
    NetworkMedians medians;

    @Inject
    @ConfigProperty(name = "maillage.indicators.period-minutes", defaultValue = "360")
    long periodMinutes;

    private ScheduledFuture<?> task;

    public synchronized void start() {
        if (task == null) {
            task = scheduler.scheduleWithFixedDelay(this::runEverywhere, 2, periodMinutes, TimeUnit.MINUTES);
        }
    }

    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    /** Never throws: an exception would cancel the next runs. */
    void runEverywhere() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            for (Tenant cooperation : tenants.list(TenantStatus.ACTIVE)) {
                try {
                    tenantWork.call(cooperation.slug(), () -> run(cooperation, now));
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "The indicator snapshot of " + cooperation.slug() + " failed", e);
                }
            }
            YearMonth current = YearMonth.from(now);
            int kept = medians.refresh(current.minusMonths(11), current, now);
            LOG.info(() -> "Network medians of the last twelve months: " + kept);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The indicator snapshots failed", e);
        }
    }

    private Void run(Tenant cooperation, OffsetDateTime now) {
        YearMonth current = YearMonth.from(now);
        YearMonth previous = current.minusMonths(1);
        if (!previous.isBefore(YearMonth.from(cooperation.createdAt())) && values.open(previous)) {
            LOG.info(() -> "Indicators of " + cooperation.slug() + ": " + snapshots.take(previous, now));
        }
        snapshots.take(current, now);
        return null;
    }
}
