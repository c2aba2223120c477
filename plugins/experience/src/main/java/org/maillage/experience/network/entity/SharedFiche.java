package org.maillage.experience.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The network's copy of a fiche its cooperation shared: network data (no tenant), written only by the
 * publication of a fiche and deleted by its withdrawal. It holds what the network may read and nothing about
 * its writer (the cooperation signs it, a contact is a role). Network admins feature or hide it; a hidden copy
 * is read by its own cooperation (with the reason) and by network admins only.
 */
@Entity
@Table(name = "experience_shared")
public class SharedFiche {

    @Id
    private String id;

    @Column(name = "cooperation", nullable = false, updatable = false)
    private String cooperation;

    @Column(name = "departements", nullable = false)
    private String departements;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "themes", nullable = false)
    private String themes;

    @Column(name = "tags", nullable = false)
    private String tags;

    @Column(name = "communes", nullable = false)
    private String communes;

    @Column(name = "partner_kinds", nullable = false)
    private String partnerKinds;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(name = "year", nullable = false)
    private int year;

    @Column(name = "results", nullable = false)
    private String results;

    @Column(name = "contact_role", nullable = false)
    private String contactRole;

    @Column(name = "shared_at", nullable = false)
    private OffsetDateTime sharedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "featured", nullable = false)
    private boolean featured;

    @Column(name = "hidden", nullable = false)
    private boolean hidden;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Column(name = "proposed_at")
    private OffsetDateTime proposedAt;

    @Version
    private long version;

    protected SharedFiche() {
    }

    public SharedFiche(String id, String cooperation, OffsetDateTime sharedAt) {
        this.id = id;
        this.cooperation = cooperation;
        this.sharedAt = sharedAt;
    }

    /** Rewrites what the cooperation published; the network's own marks (featured, hidden, proposed) stay. */
    public void publish(Publication publication, OffsetDateTime now) {
        this.departements = String.join(",", publication.departements());
        this.title = publication.title();
        this.summary = publication.summary();
        this.bodyHtml = publication.bodyHtml();
        this.bodyText = publication.bodyText();
        this.themes = String.join(",", publication.themes());
        this.tags = String.join(",", publication.tags());
        this.communes = String.join(",", publication.communes());
        this.partnerKinds = String.join(",", publication.partnerKinds());
        this.periodFrom = publication.periodFrom();
        this.periodTo = publication.periodTo();
        this.year = (periodFrom != null ? periodFrom.getYear() : sharedAt.getYear());
        this.results = publication.resultsJson();
        this.contactRole = publication.contactRole();
        this.updatedAt = now;
    }

    public void feature(boolean featured) {
        this.featured = featured;
    }

    public void hide(String reason) {
        this.hidden = true;
        this.hiddenReason = reason;
    }

    public void show() {
        this.hidden = false;
        this.hiddenReason = null;
    }

    public void propose(OffsetDateTime now) {
        if (proposedAt == null) {
            proposedAt = now;
        }
    }

    public String id() {
        return id;
    }

    public String cooperation() {
        return cooperation;
    }

    public String departements() {
        return departements;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public String themes() {
        return themes;
    }

    public String tags() {
        return tags;
    }

    public String communes() {
        return communes;
    }

    public String partnerKinds() {
        return partnerKinds;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public int year() {
        return year;
    }

    public String results() {
        return results;
    }

    public String contactRole() {
        return contactRole;
    }

    public OffsetDateTime sharedAt() {
        return sharedAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public boolean featured() {
        return featured;
    }

    public boolean hidden() {
        return hidden;
    }

    public String hiddenReason() {
        return hiddenReason;
    }

    public OffsetDateTime proposedAt() {
        return proposedAt;
    }

    public long version() {
        return version;
    }
}
