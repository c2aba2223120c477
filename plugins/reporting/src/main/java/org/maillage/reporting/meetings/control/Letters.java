package org.maillage.reporting.meetings.control;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.maillage.reporting.meetings.entity.AgendaItem;
import org.maillage.reporting.meetings.entity.Meeting;

/**
 * The French e-mails a cooperation receives about a meeting, in plain text: the date and times in the
 * cooperation's time zone, the place or video link, the agenda, and a link to the meeting's page (where its
 * {@code .ics} is). The minutes' e-mail carries the link only, never the minutes themselves.
 */
public final class Letters {

    /** What is sent: the outbox tag says which kind. */
    public record Letter(String tag, String subject, String body) {
    }

    /** What a letter is about: the meeting, to whom, in which zone, and where its page is. */
    public record Context(Meeting meeting, String cooperationName, ZoneId zone, String pageUrl) {
    }

    private static final Locale FRENCH = Locale.FRANCE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H' h 'mm", FRENCH);
    private static final String SIGNATURE = "\n\n—\nLe réseau national MONALISA, par Maillage\n"
            + "Ce message est envoyé à l’adresse de contact de votre coopération ; vos coordinateurs peuvent la changer dans Maillage.";

    private Letters() {
    }

    public static Letter invitation(Context c) {
        return new Letter("INVITATION", "Commission réseau : invitation — " + c.meeting().title(),
                "Bonjour,\n\nLa coopération « " + c.cooperationName() + " » est invitée à la réunion de la commission réseau « "
                        + c.meeting().title() + " ».\n\n" + facts(c) + SIGNATURE);
    }

    /** @param told when the cooperation was told the meeting would start */
    public static Letter update(Context c, OffsetDateTime told) {
        return new Letter("UPDATE", "Commission réseau : nouvel horaire — " + c.meeting().title(),
                "Bonjour,\n\nLa réunion de la commission réseau « " + c.meeting().title() + " », annoncée pour le "
                        + when(told, c.zone()) + ", change d’horaire.\n\n" + facts(c) + SIGNATURE);
    }

    public static Letter cancellation(Context c) {
        return new Letter("CANCELLATION", "Commission réseau : réunion annulée — " + c.meeting().title(),
                "Bonjour,\n\nLa réunion de la commission réseau « " + c.meeting().title() + " » du " + when(c.meeting().startsAt(), c.zone())
                        + " est annulée. Vous pouvez la retirer de votre agenda." + SIGNATURE);
    }

    public static Letter uninvited(Context c) {
        return new Letter("CANCELLATION", "Commission réseau : invitation retirée — " + c.meeting().title(),
                "Bonjour,\n\nLa coopération « " + c.cooperationName() + " » n’est plus invitée à la réunion de la commission réseau « "
                        + c.meeting().title() + " » du " + when(c.meeting().startsAt(), c.zone())
                        + ". Vous pouvez la retirer de votre agenda." + SIGNATURE);
    }

    public static Letter minutes(Context c) {
        return new Letter("MINUTES", "Commission réseau : compte rendu publié — " + c.meeting().title(),
                "Bonjour,\n\nLe compte rendu et les décisions de la réunion de la commission réseau « " + c.meeting().title() + " » du "
                        + when(c.meeting().startsAt(), c.zone()) + " sont publiés.\n\nLisez-les dans Maillage : " + c.pageUrl() + SIGNATURE);
    }

    private static String facts(Context c) {
        Meeting m = c.meeting();
        StringBuilder text = new StringBuilder("Date : le ").append(when(m.startsAt(), c.zone()))
                .append(" à ").append(m.endsAt().atZoneSameInstant(c.zone()).format(TIME)).append(" (").append(zoneName(c.zone())).append(')');
        if (m.place() != null) {
            text.append("\nLieu : ").append(m.place());
        }
        if (m.videoLink() != null) {
            text.append("\nVisioconférence : ").append(m.videoLink());
        }
        text.append("\n\nOrdre du jour :");
        List<AgendaItem> agenda = m.agenda();
        if (agenda.isEmpty()) {
            text.append("\nà venir");
        }
        IntStream.range(0, agenda.size()).forEach(i -> text.append('\n').append(i + 1).append(". ").append(agenda.get(i).title()));
        text.append("\n\nLa réunion, son ordre du jour à jour et son fichier d’agenda (.ics) : ").append(c.pageUrl());
        return text.toString();
    }

    private static String zoneName(ZoneId zone) {
        return zone.getId().equals("Europe/Paris") ? "heure de Paris" : "fuseau horaire " + zone.getId();
    }

    /** @return « jeudi 14 janvier 2027 de 14 h 00 » */
    static String when(OffsetDateTime time, ZoneId zone) {
        return time.atZoneSameInstant(zone).format(DAY) + " de " + time.atZoneSameInstant(zone).format(TIME);
    }
}
