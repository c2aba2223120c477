package org.maillage.sample.notes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.maillage.platform.api.mail.Mail;
import org.maillage.platform.api.mail.Message;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.platform.api.personaldata.PersonalData;
import org.maillage.platform.api.plugin.Extensions;
import org.maillage.platform.api.plugin.IndicatorSource;
import org.maillage.platform.api.tenant.TenantContext;
import org.maillage.sample.notes.entity.Note;
import org.maillage.sample.notes.entity.NoteWritten;
import org.maillage.sample.plugin.SamplePlugin;

/** The notes of the current cooperation; also the plugin's personal data and indicator source. */
@ApplicationScoped
public class Notes implements PersonalData, IndicatorSource {

    /** The tag of a note's copy in the platform's outbox. */
    public static final String COPY = "NOTE_COPY";

    @Inject
    EntityManager em;

    @Inject
    Extensions extensions;

    @Inject
    TenantContext tenant;

    @Inject
    Event<NoteWritten> written;

    @Inject
    Mail mail;

    /** Writes a note; with {@code copyToAuthor}, its copy goes to the author through the platform's outbox, in the same transaction. */
    public Note write(String authorEmail, String text, boolean copyToAuthor) {
        String decorated = text.trim();
        for (NoteDecorator decorator : extensions.contributions(NoteDecorator.class)) {
            decorated = decorator.decorate(decorated);
        }
        Note note = new Note(new Person(authorEmail).email(), decorated, OffsetDateTime.now(ZoneOffset.UTC));
        em.persist(note);
        written.fire(new NoteWritten(tenant.slug(), note.id(), note.text()));
        if (copyToAuthor) {
            mail.queue(Message.of(SamplePlugin.ID, note.authorEmail(), "Votre note", note.text()).withReference(note.id()).withTags(COPY));
        }
        return note;
    }

    public List<Note> all() {
        return em.createQuery("select n from Note n order by n.writtenAt desc", Note.class).getResultList();
    }

    @Override
    public Map<String, Object> export(Person person) {
        List<Map<String, Object>> notes = byAuthor(person).stream()
                .map(n -> Map.<String, Object>of("texte", n.text(), "écrite le", n.writtenAt().toString()))
                .toList();
        return notes.isEmpty() ? Map.of() : Map.of("notes", notes);
    }

    @Override
    public int erase(Person person) {
        return em.createQuery("delete from Note n where n.authorEmail = :email")
                .setParameter("email", person.email())
                .executeUpdate();
    }

    @Override
    public Map<String, Number> values(YearMonth month) {
        OffsetDateTime from = month.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        long count = em.createQuery("select count(n) from Note n where n.writtenAt >= :from and n.writtenAt < :to", Long.class)
                .setParameter("from", from)
                .setParameter("to", from.plusMonths(1))
                .getSingleResult();
        return Map.of("sample.notes", count);
    }

    private List<Note> byAuthor(Person person) {
        return em.createQuery("select n from Note n where n.authorEmail = :email", Note.class)
                .setParameter("email", person.email())
                .getResultList();
    }
}
