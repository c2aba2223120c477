package org.maillage.platform.api.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BulkWriteTest {

    @Test
    void theTenantColumnIsNeverNamedByThePlugin() {
        assertThrows(IllegalArgumentException.class, () -> BulkWrite.insert("sample_note", "id", "tenant_id"));
        assertThrows(IllegalArgumentException.class, () -> BulkWrite.insert("sample_note", "id").onConflict("tenant_id"));
    }

    @Test
    void namesAreRefusedUnlessPlainLowerCaseSql() {
        assertThrows(IllegalArgumentException.class, () -> BulkWrite.insert("sample_note; drop table x", "id"));
        assertThrows(IllegalArgumentException.class, () -> BulkWrite.insert("sample_note", "\"id\""));
        assertThrows(IllegalArgumentException.class, () -> BulkWrite.insert("sample_note"));
    }

    @Test
    void whatAConflictDoesNamesOnlyColumnsWrittenAndNeedsAKey() {
        assertThrows(IllegalArgumentException.class, () -> BulkWrite.insert("t", "id", "a").onConflict("b"));
        assertThrows(IllegalArgumentException.class, () -> BulkWrite.insert("t", "id", "a").updating("a"));
        assertThrows(IllegalArgumentException.class, () -> BulkWrite.insert("t", "id", "a").onConflict("id").incrementing("version"));
        assertThrows(IllegalArgumentException.class,
                () -> BulkWrite.insert("t", "id", "version").onConflict("id").updating("version").incrementing("version"));
        BulkWrite merge = BulkWrite.insert("t", "id", "a", "version").onConflict("id").updating("a").expecting("version").incrementing("version");
        assertEquals(List.of("id"), merge.key());
        assertEquals(List.of("a"), merge.update());
        assertEquals(List.of("version"), merge.expect());
        assertEquals("version", merge.increment());
    }
}
