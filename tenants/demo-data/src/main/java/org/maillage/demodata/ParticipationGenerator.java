package org.maillage.demodata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One participation per volunteer (the export's rows), in the states of JeVeuxAider: waiting 22%, being
 * processed 9%, validated 47%, refused 8%, cancelled 14%. Created shortly after sign-up (most within two
 * days), modified when the state changed (never before creation, never after 2024-12-31).
 * Slots (créneaux) exist only from 2022 and are given for 60% of the participations created since.
 */
final class ParticipationGenerator {

    static final String WAITING = "En attente de validation";
    static final String[] STATES = {WAITING, "En cours de traitement", "Validée", "Refusée", "Annulée"};
    private static final WeightedIndex STATE_WEIGHTS = WeightedIndex.of(22, 9, 47, 8, 14);
    private static final String[] SLOTS = {"matin", "après-midi", "soir"};
    private static final LocalDate SLOTS_SINCE = LocalDate.of(2022, 1, 1);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private final Missions missions;
    private final Rng rng;
    private long nextId;

    ParticipationGenerator(Missions missions, long seed) {
        this.missions = missions;
        this.rng = new Rng(seed, "participations");
        this.nextId = 5000 + rng.nextInt(5000);
    }

    Participation next(Person person) {
        nextId += rng.between(1, 12);
        LocalDateTime created = capped(person.signedUp().plusSeconds(delaySeconds()));
        Mission mission = missions.pickFor(created, rng);
        String statut = STATES[STATE_WEIGHTS.pick(rng)];
        LocalDateTime modified;
        if (statut.equals(WAITING)) {
            modified = rng.chance(0.6) ? created : capped(created.plusMinutes(rng.between(1, 600)));
        } else {
            modified = capped(created.plusSeconds(3600 + (long) rng.exponential(4 * 86400.0)));
        }
        return new Participation(nextId, statut, mission, created, modified, slots(created));
    }

    /** 60% within two days of sign-up, 30% within two weeks, 10% later (mean two months). */
    private long delaySeconds() {
        double draw = rng.nextDouble();
        if (draw < 0.6) {
            return rng.between(60, 2 * 86400);
        }
        if (draw < 0.9) {
            return rng.between(2 * 86400, 14 * 86400);
        }
        return 14 * 86400L + (long) rng.exponential(60 * 86400.0);
    }

    private String slots(LocalDateTime created) {
        if (created.toLocalDate().isBefore(SLOTS_SINCE) || !rng.chance(0.6)) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        LocalDate day = created.toLocalDate();
        int count = rng.between(1, 3);
        for (int i = 0; i < count; i++) {
            day = day.plusDays(rng.between(1, 14));
            int first = rng.nextInt(SLOTS.length);
            int last = first + rng.nextInt(SLOTS.length - first);
            if (i > 0) {
                out.append(", ");
            }
            out.append(DAY.format(day)).append(" (");
            for (int s = first; s <= last; s++) {
                out.append(s > first ? ", " : "").append(SLOTS[s]);
            }
            out.append(')');
        }
        return out.toString();
    }

    private static LocalDateTime capped(LocalDateTime time) {
        return time.isAfter(SignupCalendar.END) ? SignupCalendar.END : time;
    }
}
