package org.maillage.onboarding.inactivity.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.maillage.onboarding.inactivity.control.Inactivity;
import org.maillage.platform.api.logs.Redacted;
import org.maillage.onboarding.settings.OnboardingSettings;
import org.maillage.platform.api.tenant.TenantWork;

/**
 * Runs the inactivity sweep once a day in every active cooperation that enabled onboarding, each
 * with the cooperation bound ({@link TenantWork}); the first run an hour after the plugin starts. A
 * cooperation whose sweep fails is logged and skipped; the others go on.
 */
@ApplicationScoped
public class DailyInactivity {

    private static final Logger LOG = Logger.getLogger(DailyInactivity.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantWork tenantWork;

    @Inject
    InactivitySweep sweep;

    private ScheduledFuture<?> schedule;

    public synchronized void start() {
        if (schedule == null) {
            schedule = scheduler.scheduleAtFixedRate(this::runEverywhere, 1, 24, TimeUnit.HOURS);
        }
    }

    public synchronized void stop() {
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
        }
    }

    /** Never throws: an exception would cancel the next runs. */
    void runEverywhere() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            for (String slug : tenantWork.tenantsWith(OnboardingSettings.ID)) {
                try {
                    Inactivity.Sweep done = tenantWork.call(slug, () -> sweep.sweep(now));
                    LOG.info(() -> "Inactivity sweep of " + slug + ": " + done);
                } catch (Exception e) {
                    LOG.warning(() -> "Inactivity sweep of " + slug + " failed: " + Redacted.failure(e));
                }
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Inactivity sweep failed: " + Redacted.failure(e));
        }
    }
}
