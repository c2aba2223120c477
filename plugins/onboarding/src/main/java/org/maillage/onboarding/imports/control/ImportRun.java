package org.maillage.onboarding.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.maillage.onboarding.imports.control.ExportFormat.Columns;
import org.maillage.onboarding.imports.control.ExportRows.Mapped;
import org.maillage.onboarding.imports.entity.ImportCounts;
import org.maillage.onboarding.imports.entity.ImportJob;
import org.maillage.onboarding.api.ImportFormat;
import org.maillage.onboarding.api.Row;
import org.maillage.onboarding.api.Sheet;
import org.maillage.platform.api.logs.Redacted;
import org.maillage.onboarding.sheets.control.Sheets;
import org.maillage.onboarding.api.UnreadableFile;
import org.maillage.platform.api.plugin.Extensions;
import org.maillage.platform.api.territory.Territory;

/**
 * Runs one import, with the cooperation bound (see {@link ImportLauncher}): reads the stored file once
 * without writing (a file unreadable anywhere fails before any row is written), recognises the export from
 * its header — failing at once when it cannot — then streams the rows in chunks of {@value #CHUNK}, each
 * chunk committed with its progress. Memory is bounded by the readers' bounds, not caught when it runs out:
 * no {@code Error} is ever caught, in a JVM every cooperation shares. A dry run
 * goes through exactly the same code inside one transaction that is rolled back at the end: its
 * report is the real one, and nothing of it stays but the report.
 */
@ApplicationScoped
public class ImportRun {

    static final int CHUNK = 5_000;
    private static final Logger LOG = Logger.getLogger(ImportRun.class.getName());
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    ImportJobs jobs;

    @Inject
    ImportChunk chunk;

    @Inject
    Territory territory;

    @Inject
    Extensions extensions;

    @Inject
    DryRun dryRun;

    /** @param instance the instance running it, which holds the cooperation's slot ({@link ImportSlots}) */
    public void run(String jobId, Path file, String instance) {
        try {
            ImportJob job = jobs.find(jobId);
            readable(file);
            try (Sheet sheet = open(file)) {
                Row header = sheet.next();
                if (header == null) {
                    throw new UnreadableFile("Le fichier est vide : aucune ligne d’en-tête ni aucune donnée.");
                }
                Columns columns = ExportFormat.recognise(header);
                jobs.start(jobId, columns.format().label(), sheet.description());
                ImportContext context = new ImportContext(jobId, job.dryRun(), job.requestedBy(), "jeveuxaider",
                        new Communes(territory), columns.header(columns.format() == ExportFormat.PARTICIPATIONS ? "benevole_code_postal" : "code_postal"),
                        instance);
                if (job.dryRun()) {
                    dryRun.rolledBack(() -> {
                        rows(context, sheet, columns);
                        return null;
                    });
                } else {
                    rows(context, sheet, columns);
                }
            }
            jobs.finish(jobId);
        } catch (UnreadableFile | ChangedMeanwhile | ImportSlots.Interrupted e) {
            jobs.fail(jobId, e.getMessage());
        } catch (Exception e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.severe(() -> "Import " + jobId + " failed (reference " + reference + "): " + Redacted.failure(e));
            jobs.fail(jobId, "L’import a échoué à cause d’une erreur inattendue (référence " + reference + ").");
        }
    }

    private Sheet open(Path file) throws IOException {
        return Sheets.open(file, extensions.contributions(ImportFormat.class));
    }

    /**
     * Reads the whole file once, writing nothing: a file that is malformed or over the bounds anywhere —
     * cut in the middle of a row, an unclosed quote on the last line, a row of 100,000 fields — fails here,
     * before its first row is imported, so that nothing of it is half-written.
     */
    private void readable(Path file) throws IOException {
        try (Sheet sheet = open(file)) {
            while (sheet.next() != null) {
                // reading is the check
            }
        }
    }

    private void rows(ImportContext context, Sheet sheet, Columns columns) throws IOException {
        LocalDate today = LocalDate.now(PARIS);
        List<Mapped> rows = new ArrayList<>(CHUNK);
        long stored = 0;
        for (Row row = sheet.next(); ; row = sheet.next()) {
            if (row != null) {
                rows.add(ExportRows.map(columns, row, today));
            }
            if (rows.size() == CHUNK || row == null && !rows.isEmpty()) {
                List<RowProblem> problems = new ArrayList<>();
                ImportCounts counts = chunk.apply(context, rows, problems);
                jobs.progress(context.jobId(), counts, sheet.progress(), problems, stored);
                stored += problems.size();
                rows.clear();
            }
            if (row == null) {
                return;
            }
        }
    }
}
