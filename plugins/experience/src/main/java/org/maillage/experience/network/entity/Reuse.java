package org.maillage.experience.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** « Cela nous a servi »: a cooperation says a shared fiche of another one served it; one mark per cooperation. */
@Entity
@Table(name = "experience_reuse")
public class Reuse {

    @Id
    private String id;

    @Column(name = "fiche_id", nullable = false, updatable = false)
    private String ficheId;

    @Column(name = "fiche_cooperation", nullable = false, updatable = false)
    private String ficheCooperation;

    @Column(name = "cooperation", nullable = false, updatable = false)
    private String cooperation;

    @Column(name = "marked_at", nullable = false)
    private OffsetDateTime markedAt;

    protected Reuse() {
    }

    public Reuse(SharedFiche fiche, String cooperation, OffsetDateTime now) {
        this.id = key(fiche.id(), cooperation);
        this.ficheId = fiche.id();
        this.ficheCooperation = fiche.cooperation();
        this.cooperation = cooperation;
        this.markedAt = now;
    }

    public static String key(String ficheId, String cooperation) {
        return ficheId + "/" + cooperation;
    }

    public String cooperation() {
        return cooperation;
    }

    public OffsetDateTime markedAt() {
        return markedAt;
    }
}
