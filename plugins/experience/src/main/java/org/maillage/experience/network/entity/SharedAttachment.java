package org.maillage.experience.network.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file of a shared fiche, copied with it when it is published, deleted with the copy. */
@Entity
@Table(name = "experience_shared_attachment")
public class SharedAttachment {

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

    protected SharedAttachment() {
    }

    public SharedAttachment(String id, String ficheId, String fileName, String mediaType, byte[] content) {
        this.id = id;
        this.ficheId = ficheId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = content.length;
        this.content = content;
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
