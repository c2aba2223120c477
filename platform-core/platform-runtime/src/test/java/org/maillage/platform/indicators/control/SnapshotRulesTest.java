package org.maillage.platform.indicators.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillage.platform.indicators.control.SnapshotRules.Add;
import org.maillage.platform.indicators.control.SnapshotRules.Rewrite;
import org.maillage.platform.indicators.entity.IndicatorValue;

class SnapshotRulesTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 11);
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-06T10:00:00Z");

    private static IndicatorValue stored(String key, int revision, String value, boolean closed) {
        return new IndicatorValue(MONTH, key, revision, new BigDecimal(value), closed, NOW);
    }

    @Test
    void aFirstValueIsAddedOpenOrClosedAsTheMonthIs() {
        Add open = (Add) SnapshotRules.plan(Map.of(), Map.of("a.x", new BigDecimal("3")), false).get(0);
        Add closed = (Add) SnapshotRules.plan(Map.of(), Map.of("a.x", new BigDecimal("3")), true).get(0);
        assertEquals(1, open.revision());
        assertEquals(false, open.closed());
        assertEquals(true, closed.closed());
    }

    @Test
    void anOpenValueIsRewrittenAndClosedOnceTheMonthEnded() {
        IndicatorValue open = stored("a.x", 1, "3", false);
        Rewrite step = (Rewrite) SnapshotRules.plan(Map.of("a.x", open), Map.of("a.x", new BigDecimal("5")), true).get(0);
        assertEquals(open, step.stored());
        assertEquals(0, new BigDecimal("5").compareTo(step.value()));
        assertTrue(step.closed());
    }

    @Test
    void aClosedValueIsNeverRewrittenAChangeMakesTheNextRevision() {
        IndicatorValue closed = stored("a.x", 2, "3", true);
        assertTrue(SnapshotRules.plan(Map.of("a.x", closed), Map.of("a.x", new BigDecimal("3.00001")), true).isEmpty(),
                "equal at the stored scale: unchanged");
        List<SnapshotRules.Step> steps = SnapshotRules.plan(Map.of("a.x", closed), Map.of("a.x", new BigDecimal("4")), true);
        Add correction = assertInstanceOf(Add.class, steps.get(0));
        assertEquals(3, correction.revision());
        assertTrue(correction.closed());
        assertThrows(IllegalStateException.class, () -> closed.rewrite(BigDecimal.ONE, true, NOW));
    }

    @Test
    void anIndicatorNotComputedIsLeftAsItIs() {
        assertTrue(SnapshotRules.plan(Map.of("a.x", stored("a.x", 1, "3", false)), Map.of(), true).isEmpty());
    }

    @Test
    void onlyFiniteNumbersAreValues() {
        assertTrue(SnapshotRules.decimal(Double.NaN).isEmpty());
        assertTrue(SnapshotRules.decimal(Double.POSITIVE_INFINITY).isEmpty());
        assertTrue(SnapshotRules.decimal(null).isEmpty());
        assertEquals(0, new BigDecimal("12.5").compareTo(SnapshotRules.decimal(12.5f).orElseThrow()));
        assertEquals(0, new BigDecimal("7").compareTo(SnapshotRules.decimal(7L).orElseThrow()));
    }
}
