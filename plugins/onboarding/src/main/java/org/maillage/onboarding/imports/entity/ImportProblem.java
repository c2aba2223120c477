package org.maillage.onboarding.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/**
 * A problem with one row of an imported file: the row was rejected, or one of its values was
 * ignored (a warning). Holds the line, the column, the value at fault and the reason in French —
 * never the rest of the row; and the row's address in a column of its own, so that erasure finds it exactly.
 */
@Entity
@Table(name = "onboarding_import_problem")
@TenantOwned
public class ImportProblem {

    public enum Severity {
        /** The row was not imported. */
        REJECTED,
        /** The row was imported without one of its values, or needs a look. */
        WARNING
    }

    static final int EMAIL_MAX = 300;

    @Id
    private String id;

    @Column(name = "job_id")
    private String jobId;

    @Column(name = "line_number")
    private long line;

    @Column(name = "column_name")
    private String column;

    @Column(name = "bad_value")
    private String value;

    private String reason;

    /** The row's address, normalised: erasure deletes the problems of a person's rows by it, exactly. */
    private String email;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    protected ImportProblem() {
    }

    public ImportProblem(String jobId, long line, String column, String value, String reason, Severity severity, String email) {
        this.id = UUID.randomUUID().toString();
        this.jobId = jobId;
        this.line = line;
        this.column = column;
        this.value = value == null ? null : value.length() > 300 ? value.substring(0, 300) : value;
        this.reason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        this.severity = severity;
        this.email = email == null || email.length() > EMAIL_MAX ? null : email;
    }

    public String id() {
        return id;
    }

    /** @return the row's normalised address, or null */
    public String email() {
        return email;
    }

    public String jobId() {
        return jobId;
    }

    public long line() {
        return line;
    }

    public String column() {
        return column;
    }

    public String value() {
        return value;
    }

    public String reason() {
        return reason;
    }

    public Severity severity() {
        return severity;
    }
}
