package org.maillage.sample.notes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/** A note of a cooperation, with the e-mail of its author (personal data). */
@Entity
@Table(name = "sample_note")
@TenantOwned
public class Note {

    @Id
    private String id;

    /** Concurrent edits of the row: the second to commit gets a 409. */
    @Version
    private long version;

    @Column(name = "author_email", nullable = false)
    private String authorEmail;

    @Column(nullable = false)
    private String text;

    @Column(name = "written_at", nullable = false)
    private OffsetDateTime writtenAt;

    protected Note() {
    }

    public Note(String authorEmail, String text, OffsetDateTime writtenAt) {
        this.id = UUID.randomUUID().toString();
        this.authorEmail = authorEmail;
        this.text = text;
        this.writtenAt = writtenAt;
    }

    public String id() {
        return id;
    }

    public String authorEmail() {
        return authorEmail;
    }

    public String text() {
        return text;
    }

    public OffsetDateTime writtenAt() {
        return writtenAt;
    }
}
