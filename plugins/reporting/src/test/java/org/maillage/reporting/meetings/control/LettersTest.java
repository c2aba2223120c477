package org.maillage.reporting.meetings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.maillage.reporting.meetings.entity.AgendaItem;
import org.maillage.reporting.meetings.entity.AgendaKind;
import org.maillage.reporting.meetings.entity.Decision;
import org.maillage.reporting.meetings.entity.Meeting;
import org.maillage.reporting.meetings.entity.MeetingPlan;

class LettersTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-01T10:00:00Z");

    private static Meeting meeting() {
        Meeting meeting = new Meeting(new MeetingPlan("Commission d’hiver", OffsetDateTime.parse("2027-01-14T13:00:00Z"),
                OffsetDateTime.parse("2027-01-14T15:30:00Z"), "Paris, salle 2", "https://visio.example.fr/c", Set.of("morbihan")), NOW);
        meeting.add(new AgendaItem(AgendaKind.NETWORK, "Bilan du semestre", null, null), NOW);
        meeting.add(new AgendaItem(AgendaKind.QUESTION, "Déplacements des bénévoles", "morbihan", "q1"), NOW);
        return meeting;
    }

    private static Letters.Context context(Meeting meeting, String zone) {
        return new Letters.Context(meeting, "Coopération du Morbihan", ZoneId.of(zone), "https://maillage.test/#/coop/morbihan/reporting/commission/x");
    }

    @Test
    void anInvitationSaysWhenInTheCooperationsZoneWhereAndWhatWithTheLinkToThePage() {
        Letters.Letter letter = Letters.invitation(context(meeting(), "Europe/Paris"));
        assertEquals("INVITATION", letter.tag());
        assertEquals("Commission réseau : invitation — Commission d’hiver", letter.subject());
        assertTrue(letter.body().contains("Date : le jeudi 14 janvier 2027 de 14 h 00 à 16 h 30 (heure de Paris)"), letter.body());
        assertTrue(letter.body().contains("Lieu : Paris, salle 2\nVisioconférence : https://visio.example.fr/c"), letter.body());
        assertTrue(letter.body().contains("Ordre du jour :\n1. Bilan du semestre\n2. Déplacements des bénévoles"), letter.body());
        assertTrue(letter.body().contains("(.ics) : https://maillage.test/#/coop/morbihan/reporting/commission/x"), letter.body());
        assertTrue(Letters.invitation(context(meeting(), "America/Guadeloupe")).body()
                .contains("le jeudi 14 janvier 2027 de 9 h 00 à 11 h 30 (fuseau horaire America/Guadeloupe)"), "times where the cooperation is");
    }

    @Test
    void theMinutesLetterLinksToThePageAndNeverCarriesTheMinutes() {
        Meeting meeting = meeting();
        meeting.record("Mme Le Goff a présenté les visites.", List.of(new Decision("Former les référents", "Réseau national")), true, NOW);
        Letters.Letter letter = Letters.minutes(context(meeting, "Europe/Paris"));
        assertEquals("MINUTES", letter.tag());
        assertTrue(letter.body().contains("Lisez-les dans Maillage : https://maillage.test/#/coop/morbihan/reporting/commission/x"), letter.body());
        assertFalse(letter.body().contains("Le Goff"), letter.body());
        assertFalse(letter.body().contains("Former les référents"), letter.body());
    }

    @Test
    void anUpdateRecallsTheTimeAnnouncedAndACancellationTheDay() {
        Letters.Letter update = Letters.update(context(meeting(), "Europe/Paris"), OffsetDateTime.parse("2027-01-13T09:00:00Z"));
        assertEquals("UPDATE", update.tag());
        assertTrue(update.body().contains("annoncée pour le mercredi 13 janvier 2027 de 10 h 00, change d’horaire"), update.body());
        Letters.Letter cancelled = Letters.cancellation(context(meeting(), "Europe/Paris"));
        assertEquals("CANCELLATION", cancelled.tag());
        assertTrue(cancelled.body().contains("du jeudi 14 janvier 2027 de 14 h 00 est annulée"), cancelled.body());
    }
}
