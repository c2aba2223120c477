package org.maillage.platform.api.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one text folding of the platform, for comparing and searching text typed by people.
 *
 * <p>The rule: compatibility decomposition (NFKD: « ﬁ » → fi, « ² » → 2); marks removed (é → e, ÿ → y,
 * ç → c); letters that do not decompose spelt out (œ → oe, æ → ae, ß → ss, ø → o, ł → l, đ/ð → d, þ → th);
 * lower case ({@link Locale#ROOT}). A <em>word</em> is a run of letters and digits (any script) of the folded
 * text; everything else separates words. So « L'Haÿ-les-Roses » has the words {@code l hay les roses} and
 * « Œuvre » folds to {@code oeuvre}.
 */
public final class Folding {

    private Folding() {
    }

    /** @return the text without marks and with the letters above spelt out, case kept ("Lefèvre" → "Lefevre"); "" for null */
    public static String withoutAccents(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            String spelt = spelt(c);
            out.append(spelt == null ? String.valueOf(c) : spelt);
        }
        return out.toString();
    }

    /** @return the text folded: {@link #withoutAccents} in lower case; "" for null */
    public static String fold(String text) {
        return withoutAccents(text).toLowerCase(Locale.ROOT);
    }

    /** @return the words of the folded text, in order */
    public static List<String> words(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < folded.length(); i++) {
            if (Character.isLetterOrDigit(folded.charAt(i))) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            words.add(folded.substring(start));
        }
        return words;
    }

    /** @return the words of the folded text joined by {@code separator}: « Code postal » with "_" → {@code code_postal} */
    public static String joined(String text, String separator) {
        return String.join(separator, words(text));
    }

    private static String spelt(char c) {
        return switch (c) {
            case 'œ' -> "oe";
            case 'Œ' -> "OE";
            case 'æ' -> "ae";
            case 'Æ' -> "AE";
            case 'ß' -> "ss";
            case 'ø' -> "o";
            case 'Ø' -> "O";
            case 'ł' -> "l";
            case 'Ł' -> "L";
            case 'đ', 'ð' -> "d";
            case 'Đ', 'Ð' -> "D";
            case 'þ' -> "th";
            case 'Þ' -> "TH";
            default -> null;
        };
    }
}
