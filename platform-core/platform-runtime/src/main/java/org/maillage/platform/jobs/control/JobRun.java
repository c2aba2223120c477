package org.maillage.platform.jobs.control;

import java.time.OffsetDateTime;

/**
 * Where a job stands for one cooperation ({@code ""} for the whole network).
 *
 * @param lastRunAt null before the first run
 * @param lastError what failed in the last run, redacted, or null
 * @param running   whether an instance holds the run now
 */
public record JobRun(String job, String cooperation, OffsetDateTime nextRunAt, OffsetDateTime lastRunAt, String lastError, boolean running) {
}
