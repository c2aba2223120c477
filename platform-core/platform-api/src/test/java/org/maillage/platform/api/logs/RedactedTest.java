package org.maillage.platform.api.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class RedactedTest {

    @Test
    void everyAddressIsMasked() {
        assertEquals("550 5.1.1 <a***@exemple.fr>: refusé ; copie à z***@mairie-vannes.bzh",
                Redacted.text("550 5.1.1 <anne.le-goff+jva@exemple.fr>: refusé ; copie à zoé_martin@mairie-vannes.bzh"));
        assertEquals("pas d'adresse ici", Redacted.text("pas d'adresse ici"));
        assertEquals(null, Redacted.text(null));
    }

    @Test
    void aFailureIsItsCausesWithoutAddresses() {
        Exception failure = new IllegalStateException("insert failed",
                new SQLException("duplicate key (tenant_id, email)=(morbihan, anne@exemple.fr)\n  already exists"));
        String line = Redacted.failure(failure);
        assertTrue(line.startsWith("java.lang.IllegalStateException: insert failed ← java.sql.SQLException: duplicate key"), line);
        assertTrue(line.contains("a***@exemple.fr"), line);
        assertFalse(line.contains("anne@"), line);
        assertFalse(line.contains("\n"), line);
    }
}
