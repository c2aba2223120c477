package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TransactionRequiredException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.platform.api.bulk.BulkWrite;
import org.maillage.platform.api.bulk.BulkWriter;
import org.maillage.platform.persistence.control.Database;
import org.maillage.platform.tenancy.control.TenantRegistry;
import org.maillage.testkit.InTenant;

/**
 * The platform's bulk path, inside the deployed platform, on the onboarding plugin's volunteers (unique per
 * cooperation by address): rows land in the bound cooperation only, a conflict merges only that cooperation's own
 * row, another cooperation's row cannot be reached even through its id, the write joins the caller's transaction,
 * and without a cooperation or a transaction nothing is written. Rows are read back as the owner, who sees all.
 */
@ExtendWith(ArquillianExtension.class)
class BulkWriterIT {

    private static final BulkWrite INSERT = BulkWrite.insert("onboarding_volunteer", "id", "email", "first_name", "consent",
            "state", "state_rank", "state_changed_at", "created_at", "updated_at", "version");
    private static final BulkWrite MERGE = INSERT.onConflict("email").updating("first_name").expecting("id", "version")
            .incrementing("version");

    @Inject
    BulkWriter writer;

    @Inject
    InTenant inTenant;

    @Inject
    TenantRegistry registry;

    @Inject
    Database database;

    @Inject
    EntityManager em;

    private String a;
    private String b;

    @BeforeEach
    void twoCooperations() throws Exception {
        a = "vrac-a-" + UUID.randomUUID().toString().substring(0, 8);
        b = "vrac-b-" + UUID.randomUUID().toString().substring(0, 8);
        inTenant.inTransaction(() -> registry.create(a, "A", List.of("56")));
        inTenant.inTransaction(() -> registry.create(b, "B", List.of("35")));
    }

    private static Object[] volunteer(String id, String email, String firstName, long version) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return new Object[]{id, email, firstName, false, "NEW", 0, now, now, now, version};
    }

    @Test
    void rowsAreWrittenForTheBoundCooperationWithTheirValuesIntact() throws Exception {
        String odd = "Anne-Zoé\t« tab »\nligne\\deux\r€";
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            rows.add(volunteer(UUID.randomUUID().toString(), "p" + i + "@exemple.fr", i == 7 ? odd : "P" + i, 0));
        }
        assertEquals(2_000L, inTenant.as(a, () -> writer.write(INSERT, rows)));
        assertEquals(2_000L, ownerCount(a));
        assertEquals(0L, ownerCount(b));
        assertEquals(odd, ownerValue("select first_name from onboarding_volunteer where tenant_id = ? and email = 'p7@exemple.fr'", a));
        assertEquals(2_000L, inTenant.as(a, this::seen), "the cooperation reads its rows in the same way as any other");
        assertEquals(0L, inTenant.as(b, this::seen));
    }

    @Test
    void aConflictMergesOnlyTheCooperationsOwnRowAndOnlyTheVersionRead() throws Exception {
        String idOfB = UUID.randomUUID().toString();
        inTenant.as(b, () -> writer.write(INSERT, List.<Object[]>of(volunteer(idOfB, "meme@exemple.fr", "DeB", 0))));
        String idOfA = UUID.randomUUID().toString();
        assertEquals(1L, inTenant.as(a, () -> writer.write(MERGE, List.<Object[]>of(volunteer(idOfA, "meme@exemple.fr", "DeA", 0)))),
                "the same address in another cooperation is a new row of A");
        assertEquals("DeB", ownerValue("select first_name from onboarding_volunteer where tenant_id = ? and email = 'meme@exemple.fr'", b));
        assertEquals("DeA", ownerValue("select first_name from onboarding_volunteer where tenant_id = ? and email = 'meme@exemple.fr'", a));

        assertEquals(0L, inTenant.as(a, () -> writer.write(MERGE, List.<Object[]>of(volunteer(idOfA, "meme@exemple.fr", "Vieux", 5)))),
                "a version other than the stored one is skipped");
        assertEquals(0L, inTenant.as(a, () -> writer.write(MERGE, List.<Object[]>of(
                volunteer(UUID.randomUUID().toString(), "meme@exemple.fr", "Autre", 0)))), "another row of the same address is skipped");
        assertEquals("DeA", ownerValue("select first_name from onboarding_volunteer where tenant_id = ? and email = 'meme@exemple.fr'", a));
        assertEquals(1L, inTenant.as(a, () -> writer.write(MERGE, List.<Object[]>of(volunteer(idOfA, "meme@exemple.fr", "Nouveau", 0)))));
        assertEquals("Nouveau", ownerValue("select first_name from onboarding_volunteer where tenant_id = ? and email = 'meme@exemple.fr'", a));
        assertEquals("1", ownerValue("select version::text from onboarding_volunteer where tenant_id = ? and email = 'meme@exemple.fr'", a));
        assertEquals("DeB", ownerValue("select first_name from onboarding_volunteer where tenant_id = ? and email = 'meme@exemple.fr'", b));
    }

    @Test
    void anotherCooperationsRowCannotBeReachedThroughItsIdAndTheWholeWriteRollsBack() throws Exception {
        String idOfB = UUID.randomUUID().toString();
        inTenant.as(b, () -> writer.write(INSERT, List.<Object[]>of(volunteer(idOfB, "cible@exemple.fr", "DeB", 0))));
        assertThrows(PersistenceException.class, () -> inTenant.as(a, () -> writer.write(MERGE, List.of(
                volunteer(UUID.randomUUID().toString(), "autre@exemple.fr", "A", 0),
                volunteer(idOfB, "cible@exemple.fr", "Intrus", 0)))));
        assertEquals(0L, ownerCount(a), "nothing of the refused write stays");
        assertEquals("DeB", ownerValue("select first_name from onboarding_volunteer where tenant_id = ? and id = '" + idOfB + "'", b));
    }

    @Test
    void theWriteJoinsTheCallersTransactionAndNeedsACooperation() throws Exception {
        assertThrows(IllegalStateException.class, () -> inTenant.as(a, () -> {
            writer.write(INSERT, List.<Object[]>of(volunteer(UUID.randomUUID().toString(), "annule@exemple.fr", "A", 0)));
            assertEquals(1L, seen(), "seen by the EntityManager of the same transaction");
            throw new IllegalStateException("the caller gives up");
        }));
        assertEquals(0L, ownerCount(a), "rolled back with the caller's transaction");
        assertThrows(IllegalStateException.class, () -> inTenant.inTransaction(() -> writer.write(INSERT,
                List.<Object[]>of(volunteer(UUID.randomUUID().toString(), "personne@exemple.fr", "A", 0)))), "no cooperation bound");
        assertThrows(TransactionRequiredException.class, () -> writer.write(INSERT,
                List.<Object[]>of(volunteer(UUID.randomUUID().toString(), "hors@exemple.fr", "A", 0))), "no transaction");
        assertThrows(IllegalArgumentException.class, () -> inTenant.as(a, () -> writer.write(INSERT,
                List.<Object[]>of(volunteer(UUID.randomUUID().toString(), "nul@exemple.fr", "A\0B", 0)))), "a NUL character");
        assertEquals(0L, ownerCount(a));
    }

    /** Volunteers the current cooperation's EntityManager sees, with no condition of its own (the wall filters). */
    private long seen() {
        return ((Number) em.createNativeQuery("select count(*) from onboarding_volunteer")
                .setHint("eclipselink.jdbc.allow-native-sql-query", true).getSingleResult()).longValue();
    }

    private long ownerCount(String tenant) throws SQLException {
        return Long.parseLong(ownerValue("select count(*)::text from onboarding_volunteer where tenant_id = ?", tenant));
    }

    private String ownerValue(String sql, String tenant) throws SQLException {
        try (Connection connection = database.ownerDataSource().getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, tenant);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
