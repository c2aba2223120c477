package org.maillage.demodata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * The missions volunteers apply to: about one per 35 volunteers (the Morbihan in 2020: 3,400 sign-ups for
 * 100 missions), about older people — convivial calls and visits, shopping for neighbours, support to EHPAD
 * and CCAS. Missions start when volunteers sign up (same calendar, a few days earlier), sorted by start date
 * with increasing ids; a quarter have no end date; many spring-2020 missions end on 11 May 2020, the end of
 * the first lockdown. Kept in memory: 30,000 missions for a million volunteers is a few megabytes.
 */
final class Missions {

    static final LocalDate FIRST_START = LocalDate.of(2020, 3, 20);
    static final LocalDate END_OF_LOCKDOWN = LocalDate.of(2020, 5, 11);

    private static final String[] TITLES = {
        "Appels de convivialité aux personnes âgées isolées",
        "Visites de convivialité à domicile auprès des aînés",
        "Courses de première nécessité pour les voisins âgés",
        "Portage de courses et de médicaments aux personnes fragiles",
        "Soutien aux résidents de l'EHPAD %s",
        "Écrire aux résidents de l'EHPAD %s : lettres et dessins",
        "Animation d'appels vidéo entre résidents de l'EHPAD %s et leurs familles",
        "Appui au CCAS : appels aux personnes inscrites sur le registre des personnes vulnérables",
        "Appui au CCAS : distribution de repas à domicile",
        "Promenades accompagnées avec des personnes âgées",
        "Rejoindre une équipe citoyenne MONALISA : visites de lien social",
        "Ateliers numériques pour garder le lien avec ses proches",
        "Veille solidaire auprès des aînés pendant l'épisode de canicule",
        "Accompagnement de personnes âgées à leurs rendez-vous et sorties"
    };

    private final Mission[] missions;
    private final long[] startDays;
    private final int[] lastOngoing;

    Missions(Territory territory, SignupCalendar calendar, long seed, int volunteers) {
        Rng rng = new Rng(seed, "missions");
        int count = Math.max(1, (int) Math.round(volunteers / 35.0));
        startDays = new long[count];
        startDays[0] = FIRST_START.toEpochDay();
        for (int i = 1; i < count; i++) {
            LocalDate start = calendar.sample(rng).toLocalDate().minusDays(rng.nextInt(11));
            startDays[i] = Math.max(start.toEpochDay(), FIRST_START.toEpochDay());
        }
        Arrays.sort(startDays);
        missions = new Mission[count];
        lastOngoing = new int[count];
        long id = 1000 + rng.nextInt(2000);
        for (int i = 0; i < count; i++) {
            id += rng.between(1, 40);
            LocalDate start = LocalDate.ofEpochDay(startDays[i]);
            LocalDate end;
            if (i == 0 || rng.chance(0.25)) {
                end = null;
            } else if (start.isBefore(END_OF_LOCKDOWN.minusDays(10)) && rng.chance(0.4)) {
                end = END_OF_LOCKDOWN;
            } else {
                end = start.plusDays(rng.between(14, 240));
            }
            String title = rng.pick(TITLES);
            if (title.contains("%s")) {
                title = String.format(title, Structure.ehpadName(rng));
            }
            missions[i] = new Mission(id, title + " - " + territory.pickByPopulation(rng).nom(), start, end);
            lastOngoing[i] = end == null ? i : lastOngoing[i - 1];
        }
    }

    int size() {
        return missions.length;
    }

    /**
     * A mission a volunteer could apply to at that moment: one that started in the last 60 days (or starts
     * within a week), still open that day; failing that, the latest mission without an end date.
     */
    Mission pickFor(LocalDateTime applied, Rng rng) {
        LocalDate day = applied.toLocalDate();
        int started = Math.max(1, countStartingBy(day.plusDays(7).toEpochDay()));
        int older = Math.min(countStartingBy(day.minusDays(61).toEpochDay()), started - 1);
        for (int attempt = 0; attempt < 8; attempt++) {
            Mission mission = missions[older + rng.nextInt(started - older)];
            if (mission.openOn(day)) {
                return mission;
            }
        }
        return missions[lastOngoing[started - 1]];
    }

    /** Number of missions starting on or before that day. */
    private int countStartingBy(long epochDay) {
        int low = 0;
        int high = startDays.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (startDays[middle] <= epochDay) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
