package org.maillage.platform.territory.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The normalisation of place names for search, applied the same way to the stored names and to
 * what a user types.
 *
 * <p>The rule: lower case; accents and other diacritics removed (é → e, ÿ → y); ligatures spelt
 * out (œ → oe, æ → ae, ß → ss); every run of characters that is not a letter or a digit (hyphen,
 * apostrophe, space, parenthesis) separates two words; the abbreviations St, Ste, Sts, Stes, when
 * they are whole words, are spelt Saint, Sainte, Saints, Saintes. So "Saint-Malo", "ST MALO" and
 * "saint malo" all have the key {@code saint malo}, and "L'Haÿ-les-Roses" has {@code l hay les roses}.
 */
public final class SearchText {

    /**
     * Changes whenever the rule changes: it is part of the checksum of the loaded territory, so that
     * names stored under an older rule are normalised again at the next start.
     */
    public static final String VERSION = "1";

    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "st", "saint", "ste", "sainte", "sts", "saints", "stes", "saintes");

    private SearchText() {
    }

    /** @return the words of {@code text}, lower case and without accents, abbreviations left as typed */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder word = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toLowerCase(decomposed.charAt(i));
            String spelt = spelt(c);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                word.append(c);
            } else if (spelt != null) {
                word.append(spelt);
            } else if (isMark(c)) {
                continue;
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** @return how a letter that does not decompose into a Latin letter and marks is spelt, or null */
    private static String spelt(char c) {
        return switch (c) {
            case 'œ' -> "oe";
            case 'æ' -> "ae";
            case 'ß' -> "ss";
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'þ' -> "th";
            default -> null;
        };
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
