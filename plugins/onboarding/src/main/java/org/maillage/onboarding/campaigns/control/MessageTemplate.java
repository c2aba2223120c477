package org.maillage.onboarding.campaigns.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subject and body of a campaign with their placeholders: {@code {prénom}}, {@code {nom}},
 * {@code {lien}} (the personal self-service link) and {@code {désinscription}} (the unsubscribe link).
 * A body without {@code {lien}} gets the link added; every body ends with the unsubscribe link unless
 * it already holds it. Plain text: nothing is interpreted as HTML.
 */
public final class MessageTemplate {

    public static final List<String> PLACEHOLDERS = List.of("prénom", "nom", "lien", "désinscription");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]{1,30})}");

    private MessageTemplate() {
    }

    /** What fills the placeholders of one message. */
    public record Values(String firstName, String lastName, String link, String unsubscribeLink) {
    }

    /** @return the placeholders used that do not exist, e.g. {@code {prenom}} without its accent */
    public static List<String> unknown(String text) {
        List<String> unknown = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
        while (matcher.find()) {
            if (!PLACEHOLDERS.contains(matcher.group(1)) && !unknown.contains(matcher.group(0))) {
                unknown.add(matcher.group(0));
            }
        }
        return unknown;
    }

    public static String subject(String subject, Values values) {
        return fill(subject, values).replaceAll("[\\r\\n]+", " ").trim();
    }

    public static String body(String body, Values values) {
        StringBuilder text = new StringBuilder(fill(body, values).strip());
        if (!body.contains("{lien}")) {
            text.append("\n\nVotre lien personnel, pour nous répondre : ").append(values.link());
        }
        if (!body.contains("{désinscription}")) {
            text.append("\n\n--\nPour ne plus recevoir nos messages : ").append(values.unsubscribeLink());
        }
        return text.append("\n").toString();
    }

    private static String fill(String text, Values values) {
        Map<String, String> by = Map.of(
                "prénom", values.firstName() == null ? "" : values.firstName(),
                "nom", values.lastName() == null ? "" : values.lastName(),
                "lien", values.link(),
                "désinscription", values.unsubscribeLink());
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = by.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group(0) : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
