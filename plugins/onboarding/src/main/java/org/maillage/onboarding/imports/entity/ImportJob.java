package org.maillage.onboarding.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.maillage.platform.api.tenant.TenantOwned;

/**
 * One import of a file, with its progress and report: what was read, created, merged, left
 * unchanged and rejected. A dry run has the same report and writes no volunteer.
 */
@Entity
@Table(name = "onboarding_import_job")
@TenantOwned
public class ImportJob {

    @Id
    private String id;

    /** Concurrent edits of the row: the second to commit gets a 409. */
    @Version
    private long version;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Column(name = "dry_run")
    private boolean dryRun;

    @Enumerated(EnumType.STRING)
    private ImportState state;

    /** The export recognised from the header, in French. */
    private String format;

    /** The file type, encoding and separator recognised, in French. */
    private String reading;

    private double progress;

    @Column(name = "rows_read")
    private long rowsRead;

    private long created;

    private long merged;

    private long unchanged;

    private long rejected;

    private long warnings;

    /** Why the import failed as a whole, in French. */
    private String failure;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_at")
    private OffsetDateTime requestedAt;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    protected ImportJob() {
    }

    /** @param id chosen by the caller, so that the import can be announced as running before it is stored */
    public ImportJob(String id, String fileName, long sizeBytes, boolean dryRun, String requestedBy, OffsetDateTime now) {
        this.id = id;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.dryRun = dryRun;
        this.state = ImportState.QUEUED;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    public void start(String format, String reading, OffsetDateTime now) {
        this.state = ImportState.RUNNING;
        this.format = format;
        this.reading = reading;
        this.startedAt = now;
    }

    public void describe(String reading) {
        this.reading = reading;
    }

    /** Adds the counts of one chunk of rows. */
    public void add(ImportCounts counts, double progress) {
        rowsRead += counts.read();
        created += counts.created();
        merged += counts.merged();
        unchanged += counts.unchanged();
        rejected += counts.rejected();
        warnings += counts.warnings();
        this.progress = Math.max(this.progress, progress);
    }

    public void finish(OffsetDateTime now) {
        state = ImportState.DONE;
        progress = 1.0;
        finishedAt = now;
    }

    public void fail(String reason, OffsetDateTime now) {
        state = ImportState.FAILED;
        failure = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        finishedAt = now;
        if (startedAt == null) {
            startedAt = now;
        }
    }

    public String id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public ImportState state() {
        return state;
    }

    public String format() {
        return format;
    }

    public String reading() {
        return reading;
    }

    public double progress() {
        return progress;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long created() {
        return created;
    }

    public long merged() {
        return merged;
    }

    public long unchanged() {
        return unchanged;
    }

    public long rejected() {
        return rejected;
    }

    public long warnings() {
        return warnings;
    }

    public String failure() {
        return failure;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public OffsetDateTime requestedAt() {
        return requestedAt;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime finishedAt() {
        return finishedAt;
    }
}
