package org.maillage.platform.indicators.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/**
 * One revision of one indicator's value for one month of a cooperation. Revision 1 of an open month is
 * rewritten by each snapshot; a closed value never changes: a correction is a new revision.
 */
@Entity
@Table(name = "platform_indicator_value")
@TenantOwned
public class IndicatorValue {

    @Id
    private String id;

    @Column(name = "month", nullable = false, updatable = false)
    private LocalDate month;

    @Column(name = "indicator_key", nullable = false, updatable = false)
    private String key;

    @Column(name = "revision", nullable = false, updatable = false)
    private int revision;

    @Column(name = "value", nullable = false)
    private BigDecimal value;

    @Column(name = "closed", nullable = false)
    private boolean closed;

    @Column(name = "computed_at", nullable = false)
    private OffsetDateTime computedAt;

    protected IndicatorValue() {
    }

    public IndicatorValue(YearMonth month, String key, int revision, BigDecimal value, boolean closed, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.month = month.atDay(1);
        this.key = key;
        this.revision = revision;
        this.value = value;
        this.closed = closed;
        this.computedAt = now;
    }

    /** Rewrites an open value; a closed one is refused, it takes a new revision. */
    public void rewrite(BigDecimal value, boolean closed, OffsetDateTime now) {
        if (this.closed) {
            throw new IllegalStateException("closed value " + key + " of " + month + " cannot be rewritten");
        }
        this.value = value;
        this.closed = closed;
        this.computedAt = now;
    }

    public YearMonth month() {
        return YearMonth.from(month);
    }

    public String key() {
        return key;
    }

    public int revision() {
        return revision;
    }

    public BigDecimal value() {
        return value;
    }

    /** @return the value without the trailing zeros of its stored scale: {@code 12}, not {@code 12.0000} */
    public BigDecimal plain() {
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    public boolean closed() {
        return closed;
    }

    public OffsetDateTime computedAt() {
        return computedAt;
    }
}
