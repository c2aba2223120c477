package org.maillage.reporting.reports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/**
 * A cooperation's report to the national network for one period (one per period). The figures are read
 * live from the platform's monthly indicators while the report is a draft or returned; submitting freezes
 * them with the report ({@link #figures()}), so the network reads what the cooperation sent, whatever
 * corrections come later.
 */
@Entity
@Table(name = "reporting_report")
@TenantOwned
public class Report {

    @Id
    private String id;

    @Column(name = "period", nullable = false, updatable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private ReportState state;

    @Column(name = "highlights", nullable = false)
    private String highlights = "";

    @Column(name = "difficulties", nullable = false)
    private String difficulties = "";

    @Column(name = "needs", nullable = false)
    private String needs = "";

    @Column(name = "team_stories", nullable = false)
    private String teamStories = "";

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "figures")
    private String figures;

    @Column(name = "network_comment")
    private String networkComment;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Version
    private long version;

    protected Report() {
    }

    public Report(ReportPeriod period, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.period = period.code();
        this.state = ReportState.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Rewrites the coordinator's part; the caller checked {@link ReportState#editable()}. */
    public void write(Narrative narrative, OffsetDateTime now) {
        requireEditable();
        this.highlights = narrative.highlights();
        this.difficulties = narrative.difficulties();
        this.needs = narrative.needs();
        this.teamStories = narrative.teamStories();
        this.contactEmail = narrative.contactEmail();
        this.updatedAt = now;
    }

    /** Sends the report with the figures it is sent with (JSON), frozen from now on. */
    public void submit(String figures, OffsetDateTime now) {
        move(ReportState.SUBMITTED, now);
        this.figures = figures;
        this.submittedAt = now;
    }

    public void acknowledge(OffsetDateTime now) {
        move(ReportState.ACKNOWLEDGED, now);
        this.decidedAt = now;
    }

    /** Gives the report back to the cooperation with the network's comment; its figures are live again. */
    public void giveBack(String comment, OffsetDateTime now) {
        move(ReportState.RETURNED, now);
        this.networkComment = comment;
        this.figures = null;
        this.decidedAt = now;
    }

    /** Forgets the contact address (erasure of its person); @return whether there was one */
    public boolean forgetContact() {
        boolean had = contactEmail != null;
        contactEmail = null;
        return had;
    }

    private void move(ReportState next, OffsetDateTime now) {
        if (!state.allows(next)) {
            throw new IllegalStateException(state.refusal(next));
        }
        state = next;
        updatedAt = now;
    }

    private void requireEditable() {
        if (!state.editable()) {
            throw new IllegalStateException("Le rapport est à l’état « " + state.label() + " » : il n’est plus modifiable.");
        }
    }

    public String id() {
        return id;
    }

    public ReportPeriod period() {
        return ReportPeriod.parse(period).orElseThrow();
    }

    public ReportState state() {
        return state;
    }

    public Narrative narrative() {
        return new Narrative(highlights, difficulties, needs, teamStories, contactEmail);
    }

    /** @return the figures frozen at submission (JSON), or null while the report is a draft or returned */
    public String figures() {
        return figures;
    }

    public String networkComment() {
        return networkComment;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public long version() {
        return version;
    }
}
