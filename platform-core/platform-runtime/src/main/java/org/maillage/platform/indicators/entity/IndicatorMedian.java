package org.maillage.platform.indicators.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/** The network's median of one indicator for one month, over {@link #cooperations()} cooperations. Network data: no tenant. */
@Entity
@Table(name = "platform_indicator_median")
public class IndicatorMedian {

    /** {@code YYYY-MM key}: one row per month and indicator. */
    @Id
    private String id;

    @Column(name = "month", nullable = false)
    private LocalDate month;

    @Column(name = "indicator_key", nullable = false)
    private String key;

    @Column(name = "median", nullable = false)
    private BigDecimal median;

    @Column(name = "cooperations", nullable = false)
    private int cooperations;

    @Column(name = "computed_at", nullable = false)
    private OffsetDateTime computedAt;

    protected IndicatorMedian() {
    }

    public IndicatorMedian(YearMonth month, String key, BigDecimal median, int cooperations, OffsetDateTime now) {
        this.id = month + " " + key;
        this.month = month.atDay(1);
        this.key = key;
        this.median = median;
        this.cooperations = cooperations;
        this.computedAt = now;
    }

    public YearMonth month() {
        return YearMonth.from(month);
    }

    public String key() {
        return key;
    }

    public BigDecimal median() {
        return new BigDecimal(median.stripTrailingZeros().toPlainString());
    }

    public int cooperations() {
        return cooperations;
    }
}
