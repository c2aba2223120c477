package org.maillage.onboarding.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.maillage.onboarding.imports.entity.ImportCounts;
import org.maillage.onboarding.imports.entity.ImportJob;
import org.maillage.onboarding.imports.entity.ImportProblem;
import org.maillage.onboarding.imports.entity.ImportState;
import org.maillage.onboarding.settings.OnboardingSettings;
import org.maillage.platform.api.bulk.BulkWrite;
import org.maillage.platform.api.bulk.BulkWriter;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.settings.TenantSettings;

/**
 * The import jobs of the current cooperation and their reports. Progress is written in transactions
 * of its own, so that it is visible while the import runs and survives a dry run's rollback; a chunk's
 * problems with it, in one bulk insert.
 * At most {@value #MAX_PROBLEMS} problems are stored per import; the counts are always complete.
 */
@ApplicationScoped
public class ImportJobs {

    public static final int MAX_PROBLEMS = 10_000;
    private static final BulkWrite PROBLEMS = BulkWrite.insert("onboarding_import_problem", "id", "job_id", "line_number",
            "column_name", "bad_value", "reason", "severity", "email");

    @Inject
    EntityManager em;

    @Inject
    TenantSettings settings;

    @Inject
    ImportLauncher launcher;

    @Inject
    BulkWriter bulk;

    /** @return the largest upload accepted, in bytes */
    @Transactional
    public long maxUploadBytes() {
        return settings.longValue(OnboardingSettings.MAX_UPLOAD_MB.key()) * 1024 * 1024;
    }

    @Transactional
    public ImportJob queue(ImportJob job) {
        em.persist(job);
        return job;
    }

    /** @return the job; one left QUEUED or RUNNING by an instance that stopped ({@link ImportSlots#LEASE} ago) is reported FAILED */
    @Transactional
    public ImportJob find(String id) {
        ImportJob job = Optional.ofNullable(em.find(ImportJob.class, id))
                .orElseThrow(() -> new ApiError(404, "Aucun import n’a l’identifiant « " + id + " » dans cette coopération."));
        return checked(job);
    }

    @Transactional
    public List<ImportJob> recent(int first, int max) {
        return em.createQuery("select j from ImportJob j order by j.requestedAt desc, j.id", ImportJob.class)
                .setFirstResult(first).setMaxResults(max).getResultList()
                .stream().map(this::checked).toList();
    }

    /** Fails a job left unfinished by an instance that died; re-read first, since the import may have finished since it was read. */
    private ImportJob checked(ImportJob job) {
        if (!job.state().finished() && !launcher.running(job.id())) {
            em.refresh(job);
            if (!job.state().finished()) {
                job.fail(ImportSlots.Interrupted.MESSAGE, OffsetDateTime.now(ZoneOffset.UTC));
            }
        }
        return job;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void start(String id, String format, String reading) {
        em.find(ImportJob.class, id).start(format, reading, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** Adds a chunk's counts and stores its problems, up to {@value #MAX_PROBLEMS} for the import. */
    @Transactional(TxType.REQUIRES_NEW)
    public void progress(String id, ImportCounts counts, double progress, List<RowProblem> problems, long storedBefore) {
        ImportJob job = unfinished(id);
        job.add(counts, progress);
        long room = Math.max(0, MAX_PROBLEMS - storedBefore);
        bulk.write(PROBLEMS, problems.stream().limit(room)
                .map(p -> new ImportProblem(id, p.line(), p.column(), p.value(), p.reason(), p.severity(), p.email()))
                .map(p -> new Object[]{p.id(), p.jobId(), p.line(), p.column(), p.value(), p.reason(), p.severity(), p.email()})
                .toList());
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void finish(String id) {
        unfinished(id).finish(OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** @throws ImportSlots.Interrupted when another instance marked the job failed (this one lost its slot) */
    private ImportJob unfinished(String id) {
        ImportJob job = em.find(ImportJob.class, id);
        if (job.state().finished()) {
            throw new ImportSlots.Interrupted();
        }
        return job;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void fail(String id, String reason) {
        ImportJob job = em.find(ImportJob.class, id);
        if (job != null && !job.state().finished()) {
            job.fail(reason, OffsetDateTime.now(ZoneOffset.UTC));
        }
    }

    /** @return the problems of the import in line order, from the {@code first} on, at most {@code max} */
    @Transactional
    public List<ImportProblem> problems(String jobId, int first, int max) {
        return em.createQuery("select p from ImportProblem p where p.jobId = :job order by p.line, p.severity, p.id", ImportProblem.class)
                .setParameter("job", jobId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Transactional
    public long problemCount(String jobId) {
        return em.createQuery("select count(p) from ImportProblem p where p.jobId = :job", Long.class)
                .setParameter("job", jobId)
                .getSingleResult();
    }
}
