package org.maillage.onboarding.indicators.control;

import java.util.List;
import java.util.Optional;

/** The arithmetic of the indicators, apart from the data so that it is tested alone. */
public final class Ratios {

    private Ratios() {
    }

    /** @return {@code part} out of {@code whole} as a percentage with one decimal; 0 when {@code whole} is 0 */
    public static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }

    /** @return {@code count} per unit with one decimal; empty when there is no unit (it would be infinite) */
    public static Optional<Double> per(long count, long units) {
        return units == 0 ? Optional.empty() : Optional.of(Math.round(10.0 * count / units) / 10.0);
    }

    /** @return the median (the mean of the two middle values for an even count); empty for no values */
    public static Optional<Double> median(List<Long> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return Optional.of(sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0);
    }
}
