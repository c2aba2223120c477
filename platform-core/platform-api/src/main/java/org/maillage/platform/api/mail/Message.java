package org.maillage.platform.api.mail;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One plain-text e-mail to one address, as a plugin hands it to {@link Mail#queue}.
 *
 * @param plugin         the id of the plugin that sends it (its outbox page filters on it)
 * @param recipient      one address; stored lower case
 * @param subject        the subject, at most {@value #SUBJECT_MAX} characters
 * @param body           the plain-text body, at most {@value #BODY_MAX} characters; purged once sent
 * @param reference      optional: what the message belongs to in the plugin (a campaign's id, a meeting's id), at most 36 characters
 * @param tags           optional: words the plugin and the outbox page sort messages by (« CAMPAIGN », « DIGEST »): capital letters, digits, {@code _}
 * @param unsubscribeUrl optional: sent as the {@code List-Unsubscribe} header; purged once sent (it may hold a bearer link)
 */
public record Message(String plugin, String recipient, String subject, String body, String reference, Set<String> tags,
                      String unsubscribeUrl) {

    public static final int SUBJECT_MAX = 300;
    public static final int BODY_MAX = 20000;

    public Message {
        require(plugin, "plugin");
        require(recipient, "recipient");
        require(subject, "subject");
        require(body, "body");
        recipient = recipient.trim().toLowerCase(Locale.ROOT);
        if (!recipient.matches("[^@\\s,;<>]+@[^@\\s,;<>]+")) {
            throw new IllegalArgumentException("The recipient must be one e-mail address");
        }
        if (subject.length() > SUBJECT_MAX || body.length() > BODY_MAX) {
            throw new IllegalArgumentException("Subject at most " + SUBJECT_MAX + " characters, body at most " + BODY_MAX);
        }
        if (reference != null && reference.length() > 36) {
            throw new IllegalArgumentException("A reference has at most 36 characters");
        }
        tags = Set.copyOf(new TreeSet<>(tags == null ? Set.of() : tags));
        tags.forEach(tag -> {
            if (!tag.matches("[A-Z0-9_]{1,30}")) {
                throw new IllegalArgumentException("A tag is 1 to 30 capital letters, digits or _: " + tag);
            }
        });
    }

    /** @return a message without reference, tags nor unsubscribe address */
    public static Message of(String plugin, String recipient, String subject, String body) {
        return new Message(plugin, recipient, subject, body, null, Set.of(), null);
    }

    public Message withReference(String reference) {
        return new Message(plugin, recipient, subject, body, reference, tags, unsubscribeUrl);
    }

    public Message withTags(String... tags) {
        return new Message(plugin, recipient, subject, body, reference, Set.of(tags), unsubscribeUrl);
    }

    public Message withUnsubscribeUrl(String unsubscribeUrl) {
        return new Message(plugin, recipient, subject, body, reference, tags, unsubscribeUrl);
    }

    private static void require(String value, String name) {
        if (Objects.requireNonNull(value, name).isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
    }
}
