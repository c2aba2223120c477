package org.maillage.reporting.api;

import java.util.Objects;

/**
 * A subject a plugin proposes for the commission réseau's agenda (an experience-sharing fiche).
 *
 * @param key         stable across calls and unique across contributors: prefix it with your plugin id
 *                    ({@code experience:fiche-42}); the commission keeps it with the agenda item; 100 characters at most
 * @param title       the French title shown on the agenda; 200 characters at most
 * @param cooperation the slug of the cooperation it comes from, or null when it is the network's
 * @param summary     a few French lines the network admin reads before choosing it (may be empty)
 */
public record AgendaProposal(String key, String title, String cooperation, String summary) {

    public AgendaProposal {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        if (key.isBlank() || key.length() > 100) {
            throw new IllegalArgumentException("An agenda proposal's key has 1 to 100 characters: " + key);
        }
        if (title.isBlank() || title.length() > 200) {
            throw new IllegalArgumentException("An agenda proposal's title has 1 to 200 characters: " + title);
        }
        summary = summary == null ? "" : summary;
    }
}
