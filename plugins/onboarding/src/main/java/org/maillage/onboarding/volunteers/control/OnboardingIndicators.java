package org.maillage.onboarding.volunteers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.maillage.onboarding.indicators.control.ReachIndicators;
import org.maillage.onboarding.volunteers.entity.VolunteerState;

/**
 * The plugin's indicators: the volunteers welcomed by the end of the month, how many are in each
 * state, and how far they are led ({@link ReachIndicators}). The states are those of today (the history of a month past is not rebuilt from the
 * transitions yet): reports read them monthly, so each month keeps what was true when it was read.
 */
@ApplicationScoped
public class OnboardingIndicators implements org.maillage.platform.api.plugin.IndicatorSource {

    public static final String VOLUNTEERS = "onboarding.volunteers";

    @Inject
    EntityManager em;

    @Inject
    Volunteers volunteers;

    @Inject
    ReachIndicators reach;

    @Override
    public Map<String, Number> values(YearMonth month) {
        OffsetDateTime end = month.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        Map<String, Number> values = new LinkedHashMap<>();
        values.put(VOLUNTEERS,
                em.createQuery("select count(v) from Volunteer v where v.createdAt < :end", Long.class)
                        .setParameter("end", end).getSingleResult());
        Map<VolunteerState, Long> byState = volunteers.countByState();
        byState.forEach((state, count) -> values.put(stateIndicator(state), count));
        values.putAll(reach.values(end, LocalDate.now(ZoneOffset.UTC)));
        return values;
    }

    /** @return the key of the indicator counting the volunteers in a state: {@code onboarding.by-state.first-action} */
    public static String stateIndicator(VolunteerState state) {
        return "onboarding.by-state." + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
