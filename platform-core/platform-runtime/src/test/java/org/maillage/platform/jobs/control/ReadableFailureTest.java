package org.maillage.platform.jobs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What a job's failure shows network admins on /api/jobs: its messages, never a Java name nor an address. */
class ReadableFailureTest {

    @Test
    void theMessagesOfTheChainWithoutJavaNames() {
        IllegalStateException failure = new IllegalStateException("La coopération « morbihan » est suspendue",
                new SQLException("FATAL: le rôle org.maillage.platform.Thing n’existe pas (NullPointerException)"));
        assertEquals("La coopération « morbihan » est suspendue ← FATAL: le rôle … n’existe pas (…)", Jobs.readable(failure));
    }

    @Test
    void aWrapperThatOnlyRepeatsItsCauseIsLeftOut() {
        RuntimeException wrapper = new RuntimeException(new IllegalArgumentException("Adresse refusée : anne.le-goff@exemple.fr"));
        assertEquals("Adresse refusée : a***@exemple.fr", Jobs.readable(wrapper));
    }

    @Test
    void aFailureWithoutMessageSaysWhereToLook() {
        assertEquals("Échec sans message (le journal du serveur en dit plus)", Jobs.readable(new NullPointerException()));
    }
}
