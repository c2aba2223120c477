package org.maillage.reporting.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillage.platform.api.plugin.IndicatorHistory;
import org.maillage.reporting.reports.entity.Report;
import org.maillage.reporting.reports.entity.ReportPeriod;

/** Fills a report's figures from the platform's stored monthly indicators, and reads frozen ones back. */
@ApplicationScoped
public class ReportFigures {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    IndicatorHistory history;

    /** @return the frozen figures of a submitted or acknowledged report, today's otherwise */
    public Figures of(Report report) {
        if (report.figures() != null) {
            Figures stored = JSON.fromJson(report.figures(), Figures.class);
            return new Figures(stored.indicators(), stored.months(), true);
        }
        return live(report.period());
    }

    public Figures live(ReportPeriod period) {
        List<Figures.Figure> indicators = history.declared().stream()
                .map(i -> new Figures.Figure(i.key(), i.label(), i.unit())).toList();
        Map<String, Map<String, BigDecimal>> months = new LinkedHashMap<>();
        history.months(period.from(), period.to()).forEach((month, values) -> months.put(month.toString(), values));
        return new Figures(indicators, months, false);
    }

    public String json(Figures figures) {
        return JSON.toJson(figures);
    }
}
