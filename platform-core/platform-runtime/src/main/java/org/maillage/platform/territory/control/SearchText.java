package org.maillage.platform.territory.control;

import java.util.List;
import java.util.Map;
import org.maillage.platform.api.text.Folding;

/**
 * The normalisation of place names for search, applied the same way to the stored names and to
 * what a user types.
 *
 * <p>The rule: the words of the platform's folding ({@link Folding}: lower case, accents removed,
 * ligatures spelt out; every run of characters that is not a letter or a digit — hyphen, apostrophe,
 * space, parenthesis — separates two words); the abbreviations St, Ste, Sts, Stes, when
 * they are whole words, are spelt Saint, Sainte, Saints, Saintes. So "Saint-Malo", "ST MALO" and
 * "saint malo" all have the key {@code saint malo}, and "L'Haÿ-les-Roses" has {@code l hay les roses}.
 */
public final class SearchText {

    /**
     * Changes whenever the rule changes: it is part of the checksum of the loaded territory, so that
     * names stored under an older rule are normalised again at the next start.
     */
    public static final String VERSION = "2";

    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "st", "saint", "ste", "sainte", "sts", "saints", "stes", "saintes");

    private SearchText() {
    }

    /** @return the words of {@code text}, folded by the platform's rule ({@link Folding#words}), abbreviations left as typed */
    public static List<String> words(String text) {
        return Folding.words(text);
    }

    /** @return the words of {@code text} with St, Ste, Sts, Stes spelt out */
    public static List<String> canonicalWords(String text) {
        List<String> words = words(text);
        words.replaceAll(w -> ABBREVIATIONS.getOrDefault(w, w));
        return words;
    }

    /** @return the search key of a name: its canonical words separated by one space */
    public static String key(String text) {
        return String.join(" ", canonicalWords(text));
    }

    /** @return the canonical words without any separator: "Saint-Malo" → {@code saintmalo} */
    public static String compact(String text) {
        return String.join("", canonicalWords(text));
    }

    /**
     * @return what {@code platform_commune.nom_recherche} holds: the key with a space before and
     * after, so that a word prefix is {@code like '% mal%'} and a whole word {@code like '% saint %'}
     */
    public static String column(String name) {
        return " " + key(name) + " ";
    }

    /** @return the word an abbreviation stands for ({@code st} → {@code saint}), or null */
    public static String expansion(String word) {
        return ABBREVIATIONS.get(word);
    }
}
