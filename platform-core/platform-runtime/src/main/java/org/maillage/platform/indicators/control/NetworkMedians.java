package org.maillage.platform.indicators.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.maillage.platform.api.tenant.TenantWork;
import org.maillage.platform.indicators.entity.IndicatorMedian;
import org.maillage.platform.indicators.entity.IndicatorValue;
import org.maillage.platform.tenancy.control.Tenants;
import org.maillage.platform.tenancy.entity.Tenant;
import org.maillage.platform.tenancy.entity.TenantStatus;

/**
 * The network's median of each indicator and month, what a cooperation compares itself with. Computed
 * outside any cooperation's request, reading each active cooperation as itself ({@link TenantWork}), and
 * stored as network data; a median over fewer than {@value #MIN_COOPERATIONS} cooperations is not kept,
 * as it would tell a cooperation too much about the others (over two, it is their mean).
 */
@ApplicationScoped
public class NetworkMedians {

    public static final int MIN_COOPERATIONS = 5;

    @Inject
    TenantWork tenantWork;

    @Inject
    Tenants tenants;

    @Inject
    IndicatorValues values;

    @Inject
    MedianStore store;

    /** Recomputes the months from {@code from} to {@code to}; called on a thread that acts for no cooperation. */
    public int refresh(YearMonth from, YearMonth to, OffsetDateTime now) throws Exception {
        Map<YearMonth, Map<String, List<BigDecimal>>> all = new TreeMap<>();
        for (Tenant cooperation : tenants.list(TenantStatus.ACTIVE)) {
            Collection<IndicatorValue> latest = tenantWork.call(cooperation.slug(), () -> values.of(from, to));
            latest.forEach(v -> all.computeIfAbsent(v.month(), m -> new TreeMap<>())
                    .computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v.value()));
        }
        List<IndicatorMedian> medians = new ArrayList<>();
        all.forEach((month, byKey) -> byKey.forEach((key, list) -> median(list)
                .ifPresent(median -> medians.add(new IndicatorMedian(month, key, median, list.size(), now)))));
        store.replace(from, to, medians);
        return medians.size();
    }

    /** @return the median of the cooperations' values, or empty under {@value #MIN_COOPERATIONS} values */
    static Optional<BigDecimal> median(List<BigDecimal> values) {
        if (values.size() < MIN_COOPERATIONS) {
            return Optional.empty();
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return Optional.of(sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), SnapshotRules.SCALE, RoundingMode.HALF_UP));
    }
}
