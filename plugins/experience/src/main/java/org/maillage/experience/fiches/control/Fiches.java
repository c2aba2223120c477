package org.maillage.experience.fiches.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.maillage.experience.fiches.entity.Attachment;
import org.maillage.experience.fiches.entity.Fiche;
import org.maillage.experience.fiches.entity.FicheContent;
import org.maillage.experience.fiches.entity.FicheState;
import org.maillage.experience.network.control.Publications;
import org.maillage.experience.network.control.Search;
import org.maillage.experience.network.entity.Publication;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.territory.CommuneRef;
import org.maillage.platform.api.tenant.TenantContext;

/**
 * The bound cooperation's fiches and who decides what. A fiche is written as a DRAFT; a coordinator moves it to
 * COOPERATION or NETWORK and back. Reaching NETWORK publishes the network's copy ({@link Publications}), every
 * later change of a shared fiche publishes it again, leaving NETWORK (or deletion) withdraws the copy. Refusals:
 * 404 for a fiche the viewer may not read (as for one that does not exist), 403 for one they read but may not
 * change, 409 for a stale version.
 */
@ApplicationScoped
public class Fiches {

    static final String NOT_FOUND = "Cette fiche n’existe pas dans cette coopération.";

    @Inject
    EntityManager em;

    @Inject
    ContentCheck check;

    @Inject
    Publications publications;

    @Inject
    TenantContext tenant;

    public List<Fiche> list(Viewer viewer, FicheState state) {
        return em.createQuery("select f from Fiche f order by f.updatedAt desc", Fiche.class).getResultList().stream()
                .filter(viewer::reads).filter(f -> state == null || f.state() == state).toList();
    }

    public Fiche readable(String id, Viewer viewer) {
        return Optional.ofNullable(id).map(i -> em.find(Fiche.class, i)).filter(viewer::reads)
                .orElseThrow(() -> new ApiError(404, NOT_FOUND));
    }

    public Fiche writable(String id, Viewer viewer) {
        Fiche fiche = readable(id, viewer);
        if (!viewer.writes(fiche)) {
            throw new ApiError(403, "Seuls son auteur et les animateurs de la coopération modifient cette fiche.");
        }
        return fiche;
    }

    public Fiche create(FicheContent content, Viewer viewer, OffsetDateTime now) {
        Fiche fiche = new Fiche(check.checked(content), viewer.writer().login(), viewer.writer().email(), viewer.writer().name(), now);
        em.persist(fiche);
        em.flush();
        return fiche;
    }

    public Fiche write(String id, long version, FicheContent content, Viewer viewer, OffsetDateTime now) {
        FicheContent checked = check.checked(content);
        return change(writable(id, viewer), version, f -> f.write(checked, now), now);
    }

    /** A coordinator's decision: who reads the fiche. */
    public Fiche move(String id, long version, FicheState target, Viewer viewer, OffsetDateTime now) {
        if (!viewer.coordinator()) {
            throw new ApiError(403, "Seuls les animateurs de la coopération décident qui lit une fiche.");
        }
        return change(readable(id, viewer), version, f -> f.moveTo(target, now), now);
    }

    public void delete(String id, Viewer viewer) {
        Fiche fiche = writable(id, viewer);
        if (!viewer.coordinator() && fiche.state() != FicheState.DRAFT) {
            throw new ApiError(403, "Une fiche partagée n’est supprimée que par un animateur de la coopération.");
        }
        publications.withdraw(fiche.id());
        em.remove(fiche);
    }

    /** After a change of the fiche or of its files: the network's copy follows its state. */
    public void republish(Fiche fiche, OffsetDateTime now) {
        if (fiche.state() != FicheState.NETWORK) {
            publications.withdraw(fiche.id());
            return;
        }
        FicheContent content = fiche.content();
        Map<String, CommuneRef> communes = check.communes(content.communes());
        List<String> departements = communes.isEmpty() ? check.departements()
                : communes.values().stream().map(CommuneRef::departement).distinct().sorted().toList();
        String html = Markdown.html(content.body());
        Publication publication = new Publication(departements, unmarked(content.title()), unmarked(content.summary()), html,
                unmarked(Markdown.text(html)), content.themes(), content.tags(),
                content.communes().stream().filter(communes::containsKey).map(c -> communes.get(c).nom() + " (" + c + ")").toList(),
                content.partnerKinds(), content.periodFrom(), content.periodTo(), fiche.resultsJson(), content.contactRole());
        List<Publications.File> files = em.createQuery("select a from Attachment a where a.ficheId = :fiche", Attachment.class)
                .setParameter("fiche", fiche.id()).getResultList().stream()
                .map(a -> new Publications.File(a.id(), a.fileName(), a.mediaType(), a.content())).toList();
        publications.publish(fiche.id(), tenant.slug(), publication, files, now);
    }

    private Fiche change(Fiche fiche, long version, Consumer<Fiche> change, OffsetDateTime now) {
        if (fiche.version() != version) {
            throw new ApiError(409, "La fiche a été modifiée entre-temps : rechargez-la avant de recommencer.");
        }
        try {
            change.accept(fiche);
        } catch (IllegalStateException e) {
            throw new ApiError(409, e.getMessage());
        }
        em.flush();
        republish(fiche, now);
        return fiche;
    }

    /** The marks of a match in search extracts are never the author's. */
    private static String unmarked(String text) {
        return text.replace(String.valueOf(Search.START), "").replace(String.valueOf(Search.STOP), "");
    }
}
