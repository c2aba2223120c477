package org.maillage.platform.api.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageTest {

    @Test
    void aMessageIsToOneAddressInLowerCaseWithOptionalReferenceTagsAndUnsubscribeAddress() {
        Message message = Message.of("sample", " Anne.Le-Goff@Exemple.FR ", "Votre note", "Texte");
        assertEquals("anne.le-goff@exemple.fr", message.recipient());
        assertNull(message.reference());
        assertEquals(Set.of(), message.tags());
        Message full = message.withReference("n1").withTags("NOTE_COPY", "A").withUnsubscribeUrl("https://x/#lien=t");
        assertEquals("n1", full.reference());
        assertEquals(Set.of("A", "NOTE_COPY"), full.tags());
        assertEquals("https://x/#lien=t", full.unsubscribeUrl());
        assertEquals("Texte", full.body());
    }

    @Test
    void whatTheOutboxCannotHoldIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Message.of("sample", "a@b.fr, c@d.fr", "s", "b"), "one address only");
        assertThrows(IllegalArgumentException.class, () -> Message.of("sample", "personne", "s", "b"));
        assertThrows(IllegalArgumentException.class, () -> Message.of("sample", "a@b.fr", " ", "b"));
        assertThrows(NullPointerException.class, () -> Message.of(null, "a@b.fr", "s", "b"));
        assertThrows(IllegalArgumentException.class, () -> Message.of("sample", "a@b.fr", "s".repeat(Message.SUBJECT_MAX + 1), "b"));
        assertThrows(IllegalArgumentException.class, () -> Message.of("sample", "a@b.fr", "s", "b".repeat(Message.BODY_MAX + 1)));
        assertThrows(IllegalArgumentException.class, () -> Message.of("sample", "a@b.fr", "s", "b").withReference("r".repeat(37)));
        assertThrows(IllegalArgumentException.class, () -> Message.of("sample", "a@b.fr", "s", "b").withTags("minuscule"));
    }
}
