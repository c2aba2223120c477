package org.maillage.experience.fiches.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.maillage.experience.fiches.entity.Attachment;
import org.maillage.experience.fiches.entity.Fiche;
import org.maillage.platform.api.errors.ApiError;

/**
 * A fiche's files: PDF and images, their type read from their content ({@link FileType}), at most
 * {@value #MAX_FILES} per fiche, stored in the cooperation's rows (bytea). The size limit is the boundary's,
 * checked while reading the body.
 */
@ApplicationScoped
public class Attachments {

    public static final int MAX_FILES = 10;

    @Inject
    EntityManager em;

    @Inject
    Fiches fiches;

    public List<Attachment> of(String ficheId) {
        return em.createQuery("select a from Attachment a where a.ficheId = :fiche order by a.fileName", Attachment.class)
                .setParameter("fiche", ficheId).getResultList();
    }

    public Attachment add(String ficheId, String fileName, byte[] content, Viewer viewer, OffsetDateTime now) {
        Fiche fiche = fiches.writable(ficheId, viewer);
        FileType type = FileType.of(content).orElseThrow(() -> new ApiError(415,
                "Seuls les fichiers PDF et les images (PNG, JPEG, GIF, WebP) sont acceptés : le contenu de ce fichier n’en est pas un."));
        if (of(ficheId).size() >= MAX_FILES) {
            throw new ApiError(409, "Une fiche a au plus " + MAX_FILES + " fichiers.");
        }
        Attachment attachment = new Attachment(ficheId, name(fileName, type), type.mediaType(), content, now);
        em.persist(attachment);
        em.flush();
        fiches.republish(fiche, now);
        return attachment;
    }

    public Attachment get(String ficheId, String attachmentId, Viewer viewer) {
        fiches.readable(ficheId, viewer);
        return Optional.ofNullable(attachmentId).map(i -> em.find(Attachment.class, i)).filter(a -> a.ficheId().equals(ficheId))
                .orElseThrow(() -> new ApiError(404, "Ce fichier n’existe pas."));
    }

    public void delete(String ficheId, String attachmentId, Viewer viewer, OffsetDateTime now) {
        Fiche fiche = fiches.writable(ficheId, viewer);
        em.remove(get(ficheId, attachmentId, viewer));
        em.flush();
        fiches.republish(fiche, now);
    }

    /** @return a plain file name ending with the extension of its real type */
    static String name(String fileName, FileType type) {
        String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        base = base.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        if (base.isBlank()) {
            base = "fichier";
        }
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        return base + "." + type.extension();
    }
}
