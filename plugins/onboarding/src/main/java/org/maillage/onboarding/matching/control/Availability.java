package org.maillage.onboarding.matching.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.maillage.platform.api.text.Folding;

/**
 * The days of the week a volunteer says they are free, read from the free text of their availability
 * (« le samedi matin », « en semaine », « week-end ») — JeVeuxAider and the self-service page give
 * it as text. Day names, « semaine » (Monday to Friday) and « week-end » (Saturday and Sunday) are
 * recognised, without accents or case; a text that names none of them (or no text) says nothing, and
 * a volunteer who says nothing is taken as free any day. An action fits when one of its days (from its
 * start to its end) is a day the volunteer is free.
 */
public record Availability(Set<DayOfWeek> days) {

    private static final Map<String, Set<DayOfWeek>> WORDS = Map.ofEntries(
            Map.entry("lundi", EnumSet.of(DayOfWeek.MONDAY)),
            Map.entry("mardi", EnumSet.of(DayOfWeek.TUESDAY)),
            Map.entry("mercredi", EnumSet.of(DayOfWeek.WEDNESDAY)),
            Map.entry("jeudi", EnumSet.of(DayOfWeek.THURSDAY)),
            Map.entry("vendredi", EnumSet.of(DayOfWeek.FRIDAY)),
            Map.entry("samedi", EnumSet.of(DayOfWeek.SATURDAY)),
            Map.entry("dimanche", EnumSet.of(DayOfWeek.SUNDAY)),
            Map.entry("semaine", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)),
            Map.entry("weekend", EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)));

    public Availability {
        days = days.isEmpty() ? Set.of() : EnumSet.copyOf(days);
    }

    public static Availability of(String text) {
        if (text == null || text.isBlank()) {
            return new Availability(Set.of());
        }
        String folded = Folding.fold(text).replace("week-end", "weekend").replace("week end", "weekend");
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String word : folded.split("[^a-z]+")) {
            Set<DayOfWeek> named = WORDS.containsKey(word) || !word.endsWith("s") ? WORDS.get(word) : WORDS.get(word.substring(0, word.length() - 1));
            if (named != null) {
                days.addAll(named);
            }
        }
        return new Availability(days);
    }

    /** @return whether the volunteer said nothing usable about their days */
    public boolean unknown() {
        return days.isEmpty();
    }

    /** @return whether the volunteer is free on one of the days from {@code start} to {@code end} */
    public boolean fits(LocalDate start, LocalDate end) {
        if (unknown()) {
            return true;
        }
        for (LocalDate day = start; !day.isAfter(end) && day.isBefore(start.plusDays(7)); day = day.plusDays(1)) {
            if (days.contains(day.getDayOfWeek())) {
                return true;
            }
        }
        return false;
    }
}
