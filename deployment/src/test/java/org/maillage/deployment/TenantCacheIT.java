package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.TestDatabase;
import org.maillage.testkit.Tokens;

/**
 * The cached cooperation and its modules ({@code TenantCache}) never outlive a change: each test first makes the
 * platform cache the entry by reading it several times, then changes it and expects the very next request refused.
 * A change written straight into the database (as another instance, or psql, would) reaches the cache through the
 * trigger's NOTIFY within the listener's delivery.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantCacheIT {

    private static final String NOTE = "{\"author\": \"a@b.fr\", \"text\": \"x\"}";

    @ArquillianResource
    URL base;

    @Test
    void aSuspendedCooperationRefusesTheVeryNextWrite() {
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        String slug = admin.newCooperation("cache", "56", "sample");
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        String notes = cachedNotes(coordinator, slug);
        assertEquals(201, coordinator.post(notes, NOTE).status());

        assertEquals(200, admin.post("/api/tenants/" + slug + "/suspend", null).status());
        coordinator.post(notes, NOTE).assertError(403);
        assertEquals(200, coordinator.get(notes).status(), "a suspended cooperation is still read");

        assertEquals(200, admin.post("/api/tenants/" + slug + "/reactivate", null).status());
        assertEquals(201, coordinator.post(notes, NOTE).status());

        assertEquals(200, admin.post("/api/tenants/" + slug + "/archive", null).status());
        coordinator.get(notes).assertError(410);
    }

    @Test
    void aDisabledModuleIsGoneOnTheVeryNextRequest() {
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        String slug = admin.newCooperation("cache", "56", "sample");
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        String notes = cachedNotes(coordinator, slug);
        assertEquals(200, admin.post("/api/tenants/" + slug + "/plugins/sample/disable", null).status());
        coordinator.get(notes).assertError(404);
        assertEquals(200, admin.post("/api/tenants/" + slug + "/plugins/sample/enable", null).status());
        assertEquals(200, coordinator.get(notes).status());
    }

    @Test
    void aChangeWrittenInTheDatabaseByAnotherInstanceReachesTheCache() throws Exception {
        Api admin = Api.at(base).as(Tokens.networkAdmin());
        String slug = admin.newCooperation("cache", "56", "sample");
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        String notes = cachedNotes(coordinator, slug);
        sql("update platform_tenant set status = 'SUSPENDED', version = version + 1 where slug = ?", slug);
        assertTrue(refusedWithin(() -> coordinator.post(notes, NOTE).status(), 403), "the write is refused within 2 s of the commit");
        sql("delete from platform_plugin_enablement where tenant_id = ? and plugin_id = 'sample'", slug);
        assertTrue(refusedWithin(() -> coordinator.get(notes).status(), 404), "the module is gone within 2 s of the commit");
    }

    /** @return the path of the cooperation's notes, read three times: its status and modules are in the cache now */
    private static String cachedNotes(Api coordinator, String slug) {
        String notes = "/api/tenants/" + slug + "/sample/notes";
        for (int i = 0; i < 3; i++) {
            assertEquals(200, coordinator.get(notes).status());
        }
        return notes;
    }

    private static boolean refusedWithin(java.util.function.IntSupplier status, int expected) throws InterruptedException {
        long until = System.currentTimeMillis() + 2_000;
        while (System.currentTimeMillis() < until) {
            if (status.getAsInt() == expected) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** As the schema's owner, like a change made on another instance or by hand. */
    private static void sql(String sql, String slug) throws SQLException {
        try (Connection db = TestDatabase.get().connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, slug);
            assertEquals(1, statement.executeUpdate());
        }
    }
}
