package org.maillage.onboarding.volunteers.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.maillage.onboarding.volunteers.entity.Normalisation;
import org.maillage.onboarding.volunteers.entity.VolunteerState;
import org.maillage.platform.api.errors.ApiError;

/**
 * A selection of volunteers, the same for the list and for bulk actions. Erased volunteers are never selected.
 *
 * @param words    folded words that must each appear in the first name, last name, e-mail or commune
 * @param states   the states accepted; empty for all
 * @param communes the INSEE codes of the communes accepted; empty for all
 * @param ids      the volunteers accepted, by id (rows picked in a list); empty for all
 */
public record VolunteerFilter(List<String> words, Set<VolunteerState> states, Set<String> communes, Set<String> ids) {

    public static final VolunteerFilter ALL = new VolunteerFilter(List.of(), Set.of(), Set.of(), Set.of());

    /** The most ids a selection may name: a page of the list. */
    public static final int MAX_IDS = 500;

    public VolunteerFilter {
        words = List.copyOf(words);
        states = Set.copyOf(states);
        communes = Set.copyOf(communes);
        ids = Set.copyOf(ids);
    }

    /** @return each word as a {@code LIKE} pattern (escape character: the backslash) that finds it anywhere in the search text */
    public List<String> wordPatterns() {
        return words.stream().map(w -> "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%").toList();
    }

    /**
     * @param q       free text, searched without regard to case and accents
     * @param state   state codes separated by commas ({@code NEW,CONTACTED})
     * @param commune INSEE codes separated by commas
     * @throws ApiError 400 naming the field when a state or a commune code is not one
     */
    public static VolunteerFilter of(String q, String state, String commune) {
        List<String> words = new ArrayList<>();
        for (String word : Normalisation.folded(q).split(" ")) {
            if (!word.isBlank() && words.size() < 10) {
                words.add(word);
            }
        }
        Set<VolunteerState> states = new TreeSet<>();
        for (String name : split(state)) {
            VolunteerState parsed = VolunteerState.parse(name);
            if (parsed == null) {
                throw ApiError.invalidField("state", "« " + name + " » n’est pas une étape ; étapes possibles : " + VolunteerState.codes());
            }
            states.add(parsed);
        }
        Set<String> communes = new TreeSet<>();
        for (String code : split(commune)) {
            String insee = code.toUpperCase(Locale.ROOT);
            if (!insee.matches("[0-9][0-9AB][0-9]{3}")) {
                throw ApiError.invalidField("commune", "« " + code + " » n’est pas un code INSEE de commune (exemple : 56260)");
            }
            communes.add(insee);
        }
        return new VolunteerFilter(words, states, communes, Set.of());
    }

    /**
     * @return this selection narrowed to the volunteers with these ids; unchanged when there are none
     * @throws ApiError 400 when there are more than {@value #MAX_IDS}
     */
    public VolunteerFilter withIds(List<String> picked) {
        if (picked == null || picked.isEmpty()) {
            return this;
        }
        Set<String> chosen = new TreeSet<>();
        picked.stream().filter(id -> id != null && !id.isBlank()).map(String::trim).forEach(chosen::add);
        if (chosen.size() > MAX_IDS) {
            throw ApiError.invalidField("ids", "ne peut pas désigner plus de " + MAX_IDS + " bénévoles à la fois : choisissez « toute la sélection »");
        }
        return new VolunteerFilter(words, states, communes, chosen);
    }

    private static List<String> split(String values) {
        if (values == null || values.isBlank()) {
            return List.of();
        }
        return List.of(values.split(",")).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
