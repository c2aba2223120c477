package org.maillage.experience.network.boundary;

import jakarta.json.JsonArray;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.maillage.experience.network.control.NetworkFiches;
import org.maillage.experience.network.entity.Exchange;
import org.maillage.experience.network.entity.Reuse;
import org.maillage.experience.network.entity.SharedAttachment;
import org.maillage.experience.network.entity.SharedFiche;

/**
 * A shared fiche as the network reads it: signed by its cooperation, never by a person; the reason of a hiding
 * only for its cooperation and network admins ({@code moderated}).
 */
public record SharedFicheView(String id, String cooperation, List<String> departements, String title, String summary,
                              String bodyHtml, List<String> themes, List<String> tags, List<String> communes,
                              List<String> partnerKinds, LocalDate periodFrom, LocalDate periodTo, JsonArray results,
                              String contactRole, OffsetDateTime sharedAt, OffsetDateTime updatedAt, boolean featured,
                              boolean hidden, String hiddenReason, boolean proposed, long version,
                              List<ExchangeView> exchanges, List<ReuseView> reuses, List<AttachmentView> attachments) {

    public record ExchangeView(String id, String cooperation, String kind, String text, String authorName,
                               OffsetDateTime createdAt, String answer, String answerAuthorName, OffsetDateTime answeredAt,
                               long version) {

        public static ExchangeView of(Exchange e) {
            return new ExchangeView(e.id(), e.cooperation(), e.kind().name(), e.text(), e.authorName(), e.createdAt(),
                    e.answer(), e.answerAuthorName(), e.answeredAt(), e.version());
        }
    }

    public record ReuseView(String cooperation, OffsetDateTime markedAt) {

        public static ReuseView of(Reuse r) {
            return new ReuseView(r.cooperation(), r.markedAt());
        }
    }

    public record AttachmentView(String id, String fileName, String mediaType, int size) {

        public static AttachmentView of(SharedAttachment a) {
            return new AttachmentView(a.id(), a.fileName(), a.mediaType(), a.size());
        }
    }

    /** @param moderated whether the reader may see why it is hidden (its cooperation, network admins) */
    public static SharedFicheView of(SharedFiche f, NetworkFiches fiches, boolean moderated) {
        return new SharedFicheView(f.id(), f.cooperation(), words(f.departements()), f.title(), f.summary(), f.bodyHtml(),
                words(f.themes()), words(f.tags()), words(f.communes()), words(f.partnerKinds()), f.periodFrom(), f.periodTo(),
                results(f.results()), f.contactRole(), f.sharedAt(), f.updatedAt(), f.featured(), f.hidden(),
                moderated ? f.hiddenReason() : null, f.proposedAt() != null, f.version(),
                fiches.exchanges(f.id()).stream().map(ExchangeView::of).toList(),
                fiches.reuses(f.id()).stream().map(ReuseView::of).toList(),
                fiches.attachments(f.id()).stream().map(AttachmentView::of).toList());
    }

    static List<String> words(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    static JsonArray results(String json) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new StringReader(json))) {
            return reader.readArray();
        } catch (RuntimeException e) {
            return jakarta.json.JsonValue.EMPTY_JSON_ARRAY;
        }
    }
}
