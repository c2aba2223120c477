package org.maillage.platform.audit.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RefusalBudgetTest {

    private static RefusalBudget budget(int perMinute, Instant now) {
        RefusalBudget budget = new RefusalBudget() {
            @Override
            int limit() {
                return perMinute;
            }
        };
        budget.clock = Clock.fixed(now, ZoneOffset.UTC);
        return budget;
    }

    @Test
    void writesTheSameRefusalOnceAMinuteAndNoMoreThanTheBudget() {
        Instant now = Instant.parse("2026-12-06T10:00:05Z");
        RefusalBudget budget = budget(3, now);
        assertTrue(budget.admit("morbihan", "eve", "GET /tenants/{tenant}/settings"));
        assertFalse(budget.admit("morbihan", "eve", "GET /tenants/{tenant}/settings"), "the same refusal again");
        assertTrue(budget.admit("morbihan", "eve", "PUT /tenants/{tenant}/settings/{key}"));
        assertTrue(budget.admit("finistere", "eve", "GET /tenants/{tenant}/settings"));
        for (int i = 0; i < 1000; i++) {
            assertFalse(budget.admit("slug-" + i, "eve", "GET /tenants/{tenant}/settings"), "over the budget of the minute");
        }
        budget.clock = Clock.fixed(now.plusSeconds(60), ZoneOffset.UTC);
        assertTrue(budget.admit("morbihan", "eve", "GET /tenants/{tenant}/settings"), "a new minute");
    }
}
