package org.maillage.demodata;

import java.text.Normalizer;
import java.util.Locale;
import org.maillage.platform.api.text.Folding;

/** Small text helpers: accent stripping and e-mail slugs of names. */
final class Text {

    private Text() {
    }

    /** "Lefèvre" → "Lefevre", "Hœdic" → "Hoedic"; keeps case: the platform's {@link Folding#withoutAccents}. */
    static String stripAccents(String text) {
        return Folding.withoutAccents(text);
    }

    /** Lower-case ASCII letters, digits and hyphens only: "Jean-Pierre" → "jean-pierre", "N'Diaye" → "ndiaye". */
    static String slug(String name) {
        String ascii = stripAccents(name).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
                slug.append(c);
            }
        }
        return slug.toString();
    }

    /** Upper case as the French write surnames on forms: "Lefèvre" → "LEFÈVRE". */
    static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Canonically decomposed Unicode (NFD), as some macOS tools write it: "é" becomes "e" + U+0301. */
    static String decomposed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }
}
