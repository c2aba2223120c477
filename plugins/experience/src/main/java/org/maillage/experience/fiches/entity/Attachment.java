package org.maillage.experience.fiches.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/** A file of a fiche (PDF or image, its type read from its content), in the cooperation's database rows. */
@Entity
@Table(name = "experience_attachment")
@TenantOwned
public class Attachment {

    @Id
    private String id;

    @Column(name = "fiche_id", nullable = false, updatable = false)
    private String ficheId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size", nullable = false)
    private int size;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Attachment() {
    }

    public Attachment(String ficheId, String fileName, String mediaType, byte[] content, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.ficheId = ficheId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = content.length;
        this.content = content;
        this.createdAt = now;
    }

    public String id() {
        return id;
    }

    public String ficheId() {
        return ficheId;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public int size() {
        return size;
    }

    public byte[] content() {
        return content;
    }
}
