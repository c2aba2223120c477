package org.maillage.platform.errors.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** Which failures are a database out of reach (503, checked over HTTP by DatabaseRestartIT) and which are bugs. */
class DatabaseUnavailableTest {

    @Test
    void aRefusedOrLostConnectionAnywhereInTheChainIsUnavailability() {
        assertTrue(DatabaseUnavailable.in(new PersistenceException(new SQLException("refused", "08001"))));
        assertTrue(DatabaseUnavailable.in(new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseUnavailable.in(new IllegalStateException(new ConnectException("Connection refused"))));
        SQLException pool = new SQLException("Error in allocating a connection");
        pool.setNextException(new SQLException("refused", "08001"));
        assertTrue(DatabaseUnavailable.in(new PersistenceException(pool)));
        XAException commit = new XAException("jakarta.resource.spi.LocalTransactionException: This connection has been closed.");
        assertTrue(DatabaseUnavailable.in(new IllegalStateException("encountered exception during commit", new RuntimeException(commit))));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(DatabaseUnavailable.in(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseUnavailable.in(new IllegalStateException("boom")));
        assertFalse(DatabaseUnavailable.in(new SQLException("no state")));
    }
}
