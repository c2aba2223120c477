package org.maillage.experience.fiches.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.maillage.experience.fiches.control.Markdown;
import org.maillage.experience.fiches.entity.Attachment;
import org.maillage.experience.fiches.entity.Fiche;
import org.maillage.experience.fiches.entity.FicheContent;
import org.maillage.experience.network.boundary.SharedFicheView;

/**
 * A fiche as its cooperation reads it: the content, its body rendered and cleaned, its writer's name, its state,
 * its files, and once shared what the network did with it (featured, hidden and why, exchanges, marks).
 */
public record FicheView(String id, String state, String stateLabel, FicheContent content, String bodyHtml, String authorName,
                        boolean mine, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime sharedAt, long version,
                        List<FileView> attachments, SharedFicheView network) {

    public record FileView(String id, String fileName, String mediaType, int size) {

        static FileView of(Attachment a) {
            return new FileView(a.id(), a.fileName(), a.mediaType(), a.size());
        }
    }

    /** A line of a list: no body. */
    public record Summary(String id, String state, String stateLabel, String title, String summary, String authorName,
                          OffsetDateTime updatedAt, long version) {

        static Summary of(Fiche f) {
            return new Summary(f.id(), f.state().name(), f.state().label(), f.title(), f.content().summary(), f.authorName(),
                    f.updatedAt(), f.version());
        }
    }

    static FicheView of(Fiche f, String login, List<Attachment> files, Optional<SharedFicheView> network) {
        FicheContent content = f.content();
        return new FicheView(f.id(), f.state().name(), f.state().label(), content, Markdown.html(content.body()), f.authorName(),
                f.writtenBy(login), f.createdAt(), f.updatedAt(), f.sharedAt(), f.version(),
                files.stream().map(FileView::of).toList(), network.orElse(null));
    }
}
