package org.maillage.platform.indicators.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maillage.platform.indicators.entity.IndicatorValue;

/**
 * What a snapshot does with each computed value, given the latest stored revision of each indicator of the
 * month: a first value is added; an open value is rewritten (and closed once the month has ended); a closed
 * value that changed gets a new closed revision; a closed value that did not change is left alone. An
 * indicator the snapshot did not compute (its plugin failed or was switched off) is left as it is.
 */
final class SnapshotRules {

    /** Values are stored with four decimals; they are compared at that scale. */
    static final int SCALE = 4;

    sealed interface Step permits Add, Rewrite {
    }

    record Add(String key, int revision, BigDecimal value, boolean closed) implements Step {
    }

    record Rewrite(IndicatorValue stored, BigDecimal value, boolean closed) implements Step {
    }

    private SnapshotRules() {
    }

    static List<Step> plan(Map<String, IndicatorValue> latest, Map<String, BigDecimal> computed, boolean monthEnded) {
        List<Step> steps = new ArrayList<>();
        computed.forEach((key, raw) -> {
            BigDecimal value = scaled(raw);
            IndicatorValue stored = latest.get(key);
            if (stored == null) {
                steps.add(new Add(key, 1, value, monthEnded));
            } else if (!stored.closed()) {
                steps.add(new Rewrite(stored, value, monthEnded));
            } else if (scaled(stored.value()).compareTo(value) != 0) {
                steps.add(new Add(key, stored.revision() + 1, value, true));
            }
        });
        return steps;
    }

    /** @return the value as stored, or empty when it is not a finite number */
    static Optional<BigDecimal> decimal(Number number) {
        if (number == null) {
            return Optional.empty();
        }
        if (number instanceof BigDecimal big) {
            return Optional.of(scaled(big));
        }
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            return Double.isFinite(d) ? Optional.of(scaled(BigDecimal.valueOf(d))) : Optional.empty();
        }
        return Optional.of(scaled(new BigDecimal(number.toString())));
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
