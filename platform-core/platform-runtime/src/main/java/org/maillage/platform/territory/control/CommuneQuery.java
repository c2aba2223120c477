package org.maillage.platform.territory.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A commune search as typed by a user, understood: the words of a name, each a prefix of a word of
 * the commune's name, and groups of digits, each a prefix of one of its postcodes. Every term must match.
 *
 * @param words     normalised words ({@link SearchText#words}), abbreviations as typed
 * @param postcodes groups of digits
 * @param compact   the canonical words without separators, compared with the name for the exact match
 */
public record CommuneQuery(List<String> words, List<String> postcodes, String compact) {

    public CommuneQuery {
        words = List.copyOf(words);
        postcodes = List.copyOf(postcodes);
    }

    public static CommuneQuery of(String text) {
        List<String> words = new ArrayList<>();
        List<String> postcodes = new ArrayList<>();
        for (String word : SearchText.words(text)) {
            if (word.chars().allMatch(c -> c >= '0' && c <= '9')) {
                postcodes.add(word);
            } else {
                words.add(word);
            }
        }
        String compact = String.join("", words.stream().map(w -> {
            String expansion = SearchText.expansion(w);
            return expansion != null ? expansion : w;
        }).toList());
        return new CommuneQuery(words, postcodes, compact);
    }

    /** @return how many terms must match */
    public int terms() {
        return words.size() + postcodes.size();
    }
}
