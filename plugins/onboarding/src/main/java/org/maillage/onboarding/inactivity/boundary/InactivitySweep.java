package org.maillage.onboarding.inactivity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import org.maillage.onboarding.inactivity.control.Inactivity;
import org.maillage.onboarding.settings.OnboardingSettings;
import org.maillage.platform.api.settings.TenantSettings;

/** One cooperation's inactivity sweep, in a transaction of its own, with the cooperation's settings. */
@ApplicationScoped
public class InactivitySweep {

    @Inject
    Inactivity inactivity;

    @Inject
    TenantSettings settings;

    @Transactional
    public Inactivity.Sweep sweep(OffsetDateTime now) {
        return inactivity.sweep(now, settings.longValue(OnboardingSettings.INACTIVE_AFTER_DAYS.key()),
                settings.longValue(OnboardingSettings.ERASE_AFTER_FLAG_DAYS.key()));
    }
}
