package org.maillage.reporting.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.reporting.reports.entity.Narrative;
import org.maillage.reporting.reports.entity.Report;
import org.maillage.reporting.reports.entity.ReportPeriod;
import org.maillage.reporting.reports.entity.ReportState;

/**
 * The reports of the bound cooperation and their workflow. Refusals are {@link ApiError}s: 404 for a
 * report that is not the cooperation's, 409 for a move its state does not allow or a stale version.
 */
@ApplicationScoped
public class Reports {

    @Inject
    EntityManager em;

    @Inject
    ReportFigures figures;

    public List<Report> list() {
        return em.createQuery("select r from Report r order by r.period desc", Report.class).getResultList();
    }

    public Optional<Report> ofPeriod(ReportPeriod period) {
        return em.createQuery("select r from Report r where r.period = :period", Report.class)
                .setParameter("period", period.code()).getResultStream().findFirst();
    }

    public Report existing(String id) {
        return Optional.ofNullable(id).map(i -> em.find(Report.class, i))
                .orElseThrow(() -> new ApiError(404, "Ce rapport n’existe pas dans cette coopération."));
    }

    public Report create(String code, OffsetDateTime now) {
        ReportPeriod period = ReportPeriod.parse(code).orElseThrow(() -> ApiError.invalidField("period",
                "doit être une année (2026) ou un semestre (2026-S1, 2026-S2)"));
        if (!period.begunBy(YearMonth.from(now))) {
            throw ApiError.invalidField("period", "n’a pas encore commencé");
        }
        if (ofPeriod(period).isPresent()) {
            throw new ApiError(409, "La coopération a déjà un rapport pour cette période (" + period.label() + ").");
        }
        Report report = new Report(period, now);
        em.persist(report);
        return report;
    }

    public Report write(String id, long version, Narrative narrative, OffsetDateTime now) {
        return change(id, version, r -> r.write(narrative, now));
    }

    /** Sends the report with today's figures, frozen with it; only once its period has ended and with its highlights. */
    public Report submit(String id, long version, OffsetDateTime now) {
        Report report = existing(id);
        if (!report.period().endedBefore(YearMonth.from(now))) {
            throw new ApiError(409, report.period().title() + " pourra être transmis une fois la période terminée, après le "
                    + report.period().to().atEndOfMonth().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ".");
        }
        if (report.narrative().highlights().isBlank()) {
            throw ApiError.invalidField("highlights", "sont obligatoires pour transmettre le rapport");
        }
        String frozen = figures.json(figures.live(report.period()));
        return change(id, version, r -> r.submit(frozen, now));
    }

    public Report acknowledge(String id, long version, OffsetDateTime now) {
        return change(id, version, r -> r.acknowledge(now));
    }

    public Report giveBack(String id, long version, String comment, OffsetDateTime now) {
        return change(id, version, r -> r.giveBack(comment, now));
    }

    private Report change(String id, long version, Consumer<Report> change) {
        Report report = existing(id);
        if (report.version() != version) {
            throw new ApiError(409, "Le rapport a été modifié entre-temps : rechargez-le avant de recommencer.");
        }
        try {
            change.accept(report);
        } catch (IllegalStateException e) {
            throw new ApiError(409, e.getMessage());
        }
        em.flush();
        return report;
    }

    /** @return whether the cooperation sent a report that says what {@code period} asks */
    public boolean sent(ReportPeriod period) {
        return list().stream().anyMatch(r -> r.period().covers(period)
                && (r.state() == ReportState.SUBMITTED || r.state() == ReportState.ACKNOWLEDGED));
    }
}
