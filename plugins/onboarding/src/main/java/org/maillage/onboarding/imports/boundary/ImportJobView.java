package org.maillage.onboarding.imports.boundary;

import java.time.OffsetDateTime;
import org.maillage.onboarding.imports.entity.ImportJob;

/**
 * An import as the API shows it.
 *
 * @param state    QUEUED, RUNNING, DONE or FAILED
 * @param progress how much of the file was read, from 0 to 1
 * @param format   the export recognised, once running
 * @param reading  the file type, encoding and separator recognised
 * @param failure  why the import failed, in French
 */
public record ImportJobView(String id, String state, String fileName, long sizeBytes, boolean dryRun, String format,
                            String reading, double progress, long rowsRead, long created, long merged, long unchanged,
                            long rejected, long warnings, String failure, String requestedBy, OffsetDateTime requestedAt,
                            OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    static ImportJobView of(ImportJob job) {
        return new ImportJobView(job.id(), job.state().name(), job.fileName(), job.sizeBytes(), job.dryRun(), job.format(),
                job.reading(), job.progress(), job.rowsRead(), job.created(), job.merged(), job.unchanged(), job.rejected(),
                job.warnings(), job.failure(), job.requestedBy(), job.requestedAt(), job.startedAt(), job.finishedAt());
    }
}
