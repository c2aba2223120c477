package org.maillage.demodata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * When volunteers signed up: the spring 2020 wave of the Réserve civique (launched on 22 March 2020,
 * 300,000 sign-ups in seven weeks) and a thin tail afterwards.
 *
 * <p>A table of daily weights from 2020-03-22 to 2024-12-31: 88% of the mass between 2020-03-22 and
 * 2020-05-10, decaying with a time constant of 11 days (so about 70% of the wave falls in its first two
 * weeks), a little lower on week-ends; 12% afterwards, decaying over months with a small bump at the second
 * lockdown (30 October 2020) and a floor that reaches 2024. Within a day, sign-up times follow an hourly
 * profile (few at night, most around lunch and in the evening). {@link #at(double)} is the inverse of the
 * cumulative distribution, so sorted uniforms give sorted dates.
 */
final class SignupCalendar {

    static final LocalDate FIRST_DAY = LocalDate.of(2020, 3, 22);
    static final LocalDate WAVE_LAST_DAY = LocalDate.of(2020, 5, 10);
    static final LocalDate SECOND_LOCKDOWN = LocalDate.of(2020, 10, 30);
    static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);
    static final LocalDateTime END = LAST_DAY.atTime(23, 59, 59);

    private static final double WAVE_SHARE = 0.88;
    private static final double[] HOURS = {
        0.25, 0.12, 0.06, 0.04, 0.04, 0.08, 0.3, 0.8, 1.5, 2.2, 2.6, 2.8,
        3.0, 2.8, 2.6, 2.5, 2.5, 2.7, 3.2, 3.6, 3.8, 3.4, 2.4, 1.0
    };

    private final double[] cumulativeDays;
    private final double[] cumulativeHours;

    SignupCalendar() {
        int days = (int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;
        int waveDays = (int) ChronoUnit.DAYS.between(FIRST_DAY, WAVE_LAST_DAY) + 1;
        int lockdown = (int) ChronoUnit.DAYS.between(FIRST_DAY, SECOND_LOCKDOWN);
        double[] weights = new double[days];
        double wave = 0;
        double tail = 0;
        for (int d = 0; d < days; d++) {
            DayOfWeek day = FIRST_DAY.plusDays(d).getDayOfWeek();
            double weekday = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? 0.8 : 1.0;
            if (d < waveDays) {
                double ramp = d == 0 ? 0.75 : d == 1 ? 0.95 : 1.0;
                weights[d] = ramp * weekday * StrictMath.exp(-d / 11.0);
                wave += weights[d];
            } else {
                double bump = d >= lockdown ? 0.4 * StrictMath.exp(-(d - lockdown) / 12.0) : 0;
                weights[d] = weekday * (StrictMath.exp(-(d - waveDays) / 150.0) + bump + 0.06);
                tail += weights[d];
            }
        }
        cumulativeDays = new double[days];
        double sum = 0;
        for (int d = 0; d < days; d++) {
            sum += weights[d] * (d < waveDays ? WAVE_SHARE / wave : (1 - WAVE_SHARE) / tail);
            cumulativeDays[d] = sum;
        }
        cumulativeDays[days - 1] = 1.0;
        cumulativeHours = cumulative(HOURS);
    }

    private static double[] cumulative(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] / total;
            cumulative[i] = sum;
        }
        cumulative[weights.length - 1] = 1.0;
        return cumulative;
    }

    /** The date and time at quantile {@code u} in [0, 1); non-decreasing in {@code u}. */
    LocalDateTime at(double u) {
        int day = firstAbove(cumulativeDays, u);
        double before = day == 0 ? 0 : cumulativeDays[day - 1];
        double withinDay = clamp((u - before) / (cumulativeDays[day] - before));
        int hour = firstAbove(cumulativeHours, withinDay);
        double beforeHour = hour == 0 ? 0 : cumulativeHours[hour - 1];
        double withinHour = clamp((withinDay - beforeHour) / (cumulativeHours[hour] - beforeHour));
        int second = hour * 3600 + (int) (withinHour * 3600);
        return FIRST_DAY.plusDays(day).atStartOfDay().plusSeconds(second);
    }

    /** An independent random sign-up date. */
    LocalDateTime sample(Rng rng) {
        return at(rng.nextDouble());
    }

    private static double clamp(double fraction) {
        return Math.min(Math.max(fraction, 0.0), Math.nextDown(1.0));
    }

    private static int firstAbove(double[] cumulative, double u) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > u) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /**
     * {@code count} sign-up dates in increasing order, one at a time and without storing them: the
     * i-th of n sorted uniforms is S(i) / S(n+1), S being the running sum of exponential spacings. A first
     * pass over the same random stream computes S(n+1).
     */
    static final class Ordered {

        private final SignupCalendar calendar;
        private final Rng rng;
        private final double total;
        private double running;

        Ordered(SignupCalendar calendar, long seed, long count) {
            this.calendar = calendar;
            Rng first = new Rng(seed, "signup-order");
            double sum = 0;
            for (long i = 0; i <= count; i++) {
                sum += first.exponential(1.0);
            }
            this.total = sum;
            this.rng = new Rng(seed, "signup-order");
        }

        LocalDateTime next() {
            running += rng.exponential(1.0);
            return calendar.at(Math.min(running / total, Math.nextDown(1.0)));
        }
    }
}
