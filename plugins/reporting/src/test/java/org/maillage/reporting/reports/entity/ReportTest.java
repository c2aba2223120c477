package org.maillage.reporting.reports.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-06T10:00:00Z");
    private static final Narrative WORDS = new Narrative("Trois équipes", "", "", "", null);

    @Test
    void periodsAreYearsAndHalves() {
        ReportPeriod year = ReportPeriod.parse("2026").orElseThrow();
        ReportPeriod first = ReportPeriod.parse(" 2026-S1 ").orElseThrow();
        ReportPeriod second = ReportPeriod.parse("2026-S2").orElseThrow();
        assertEquals(YearMonth.of(2026, 1), year.from());
        assertEquals(YearMonth.of(2026, 12), year.to());
        assertEquals(YearMonth.of(2026, 6), first.to());
        assertEquals(YearMonth.of(2026, 7), second.from());
        assertEquals("1er semestre 2026", first.label());
        assertEquals("année 2026", year.label());
        assertEquals("Rapport de l’année 2026", year.title());
        assertEquals("Rapport du 1er semestre 2026", first.title());
        assertTrue(year.covers(second));
        assertFalse(first.covers(year));
        for (String wrong : new String[] {"2026-S3", "26", "1999", "2026-s1", "", "2026-S1x", null}) {
            assertTrue(ReportPeriod.parse(wrong).isEmpty(), wrong);
        }
    }

    @Test
    void theLastEndedHalfYear() {
        assertEquals("2026-S1", ReportPeriod.lastHalfEndedBefore(YearMonth.of(2026, 12)).code());
        assertEquals("2026-S1", ReportPeriod.lastHalfEndedBefore(YearMonth.of(2026, 7)).code());
        assertEquals("2025-S2", ReportPeriod.lastHalfEndedBefore(YearMonth.of(2026, 6)).code());
        assertEquals("2025-S2", ReportPeriod.lastHalfEndedBefore(YearMonth.of(2026, 1)).code());
    }

    @Test
    void aReportGoesFromDraftToAcknowledgedThroughAReturn() {
        Report report = new Report(ReportPeriod.parse("2026-S1").orElseThrow(), NOW);
        report.write(WORDS, NOW);
        report.submit("{\"frozen\":true}", NOW);
        assertEquals(ReportState.SUBMITTED, report.state());
        assertThrows(IllegalStateException.class, () -> report.write(WORDS, NOW), "a submitted report is not edited");
        assertThrows(IllegalStateException.class, () -> report.submit("{}", NOW));

        report.giveBack("Il manque les besoins.", NOW);
        assertEquals(ReportState.RETURNED, report.state());
        assertNull(report.figures(), "a returned report reads its figures live again");
        report.write(new Narrative("Trois équipes", "", "Une formation", "", null), NOW);
        report.submit("{}", NOW);
        report.acknowledge(NOW);
        assertEquals(ReportState.ACKNOWLEDGED, report.state());
        assertThrows(IllegalStateException.class, () -> report.giveBack("trop tard", NOW));
    }

    @Test
    void aDraftIsNeitherAcknowledgedNorReturned() {
        Report report = new Report(ReportPeriod.parse("2026").orElseThrow(), NOW);
        assertThrows(IllegalStateException.class, () -> report.acknowledge(NOW));
        assertThrows(IllegalStateException.class, () -> report.giveBack("?", NOW));
    }
}
