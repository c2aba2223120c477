package org.maillage.reporting.meetings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One subject on a meeting's agenda, its title copied from its source so the agenda stays readable
 * whatever becomes of the source.
 */
@Embeddable
public class AgendaItem {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private AgendaKind kind;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "cooperation")
    private String cooperation;

    @Column(name = "reference")
    private String reference;

    protected AgendaItem() {
    }

    public AgendaItem(AgendaKind kind, String title, String cooperation, String reference) {
        this.kind = kind;
        this.title = title;
        this.cooperation = cooperation;
        this.reference = reference;
    }

    public AgendaKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /** @return the slug of the cooperation the subject comes from, or null for the network's */
    public String cooperation() {
        return cooperation;
    }

    public String reference() {
        return reference;
    }

    public boolean sameSource(AgendaItem other) {
        return kind == other.kind && reference != null && reference.equals(other.reference)
                && java.util.Objects.equals(cooperation, other.cooperation);
    }
}
