package org.maillage.demodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dirty variant holds what its .expect.json says: each count is recomputed here from the file alone,
 * the way an import would see it.
 */
class DirtyTest {

    @TempDir
    Path dir;

    /** Counts of a dirty CSV recomputed from its records. */
    static final class Audit {
        int rows;
        int blankLines;
        int separatorOnlyLines;
        int duplicates;
        int invalidEmails;
        int internationalEmails;
        int ambiguousPostcodes;
        int missingColumns;
        int paddedFields;
        int visibleNameVariants;
        final Map<String, String> firstSpelling = new HashMap<>();

        Audit(List<List<String>> records, int email, int postcode, int prenom, int nom) throws Exception {
            Map<String, Set<String>> communes = Fixtures.communesByPostcode();
            int width = records.get(0).size();
            for (List<String> r : records.subList(1, records.size())) {
                if (r.isEmpty()) {
                    blankLines++;
                    continue;
                }
                if (r.stream().allMatch(String::isEmpty)) {
                    separatorOnlyLines++;
                    continue;
                }
                rows++;
                missingColumns += r.size() < width ? 1 : 0;
                paddedFields += r.stream().anyMatch(f -> !f.equals(f.strip())) ? 1 : 0;
                String address = r.get(email).strip();
                if (!Fixtures.VALID_EMAIL.matcher(address).matches()) {
                    invalidEmails++;
                } else if (!address.substring(0, address.indexOf('@')).chars().allMatch(c -> c < 0x80)) {
                    internationalEmails++;
                }
                String first = firstSpelling.putIfAbsent(address.toLowerCase(Locale.ROOT), address);
                if (first != null) {
                    duplicates++;
                    assertNotEquals(first, address, "a duplicate differs in letter case");
                }
                if (postcode < r.size()) {
                    Set<String> served = communes.get(r.get(postcode).strip());
                    assertTrue(served != null, "unknown postcode in " + r);
                    ambiguousPostcodes += served.size() > 1 ? 1 : 0;
                }
                String given = r.get(prenom).strip();
                String family = nom < 0 ? "" : r.get(nom).strip();
                boolean upper = nom >= 0 ? family.equals(family.toUpperCase(Locale.ROOT)) && family.length() > 1
                        : given.equals(given.toUpperCase(Locale.ROOT)) && given.length() > 1;
                boolean lower = Character.isLowerCase(given.charAt(0));
                boolean decomposed = !Normalizer.isNormalized(given + family, Normalizer.Form.NFC);
                visibleNameVariants += upper || lower || decomposed ? 1 : 0;
            }
        }

        void assertMatchesClean() {
            assertEquals(0, blankLines + separatorOnlyLines + duplicates + invalidEmails + internationalEmails + missingColumns
                    + paddedFields + visibleNameVariants);
        }

        void assertMatches(String json) {
            assertEquals(Fixtures.json(json, "rows"), rows, "rows");
            assertEquals(Fixtures.json(json, "uniquePeople"), firstSpelling.size(), "unique people");
            assertEquals(Fixtures.json(json, "duplicates"), duplicates, "duplicates");
            assertEquals(Fixtures.json(json, "invalidEmails"), invalidEmails, "invalid e-mails");
            assertEquals(Fixtures.json(json, "internationalEmails"), internationalEmails, "internationalised e-mails");
            assertTrue(internationalEmails > 0, "the dirty files hold internationalised addresses");
            assertEquals(Fixtures.json(json, "blankLines"), blankLines, "blank lines");
            assertEquals(Fixtures.json(json, "separatorOnlyLines"), separatorOnlyLines, "separator-only lines");
            assertEquals(Fixtures.json(json, "ambiguousPostcodes"), ambiguousPostcodes, "ambiguous postcodes");
            assertEquals(Fixtures.json(json, "missingColumns"), missingColumns, "missing columns");
            assertEquals(Fixtures.json(json, "paddedFields"), paddedFields, "padded fields");
            // Stripped accents cannot be seen from the file alone; every other name variant can.
            assertEquals(Fixtures.json(json, "nameVariants") - Fixtures.json(json, "accentsStripped"),
                    visibleNameVariants, "visible name variants");
            long injected = Fixtures.json(json, "ambiguousPostcodesInjected");
            assertTrue(injected > 0 && injected <= ambiguousPostcodes);
        }
    }

    @Test
    void dirtyProfilesMatchTheirExpectations() throws Exception {
        Path file = dir.resolve("profiles.csv");
        Expectations expectations = Fixtures.generate(file, "--departements", "56", "--count", "35k",
                "--profiles", "full", "--dirty", "--seed", "1");
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        Audit audit = new Audit(Fixtures.parseCsv(text, ';'), 3, 4, 1, 2);
        audit.assertMatches(Files.readString(DemoData.expectationsFile(file)));
        assertEquals(35_000, audit.rows);
        assertEquals(0.03, audit.duplicates / 35_000.0, 0.005, "about 3% duplicates");
        assertEquals(0.01, audit.invalidEmails / 35_000.0, 0.003, "about 1% invalid e-mails");
        assertTrue(audit.blankLines >= 2 && audit.separatorOnlyLines > 0 && audit.missingColumns > 0);
        assertTrue(expectations.nameDecomposed > 0 && expectations.nameAccentsStripped > 0);
        assertEquals(expectations.toJson(), Files.readString(DemoData.expectationsFile(file)));
    }

    @Test
    void windows1252ParticipationsMatchTheirExpectations() throws Exception {
        Path file = dir.resolve("participations.csv");
        Fixtures.generate(file, "--departements", "35", "--count", "20k", "--export", "participations", "--dirty",
                "--encoding", "windows-1252");
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("id;statut;", new String(bytes, 0, 10, StandardCharsets.US_ASCII), "no byte-order mark");
        assertThrows(CharacterCodingException.class, () -> StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)));
        String text = new String(bytes, Charset.forName("windows-1252"));
        assertTrue(text.contains("Validée") && text.contains("créneaux_bénévole"));
        List<List<String>> records = Fixtures.parseCsv(text, ';');
        Audit audit = new Audit(records, 10, 11, 7, 8);
        audit.assertMatches(Files.readString(DemoData.expectationsFile(file)));
        assertEquals(0, Fixtures.json(Files.readString(DemoData.expectationsFile(file)), "decomposed"),
                "no decomposed accents in windows-1252");
    }

    @Test
    void shortProfilesWithCommaSeparator() throws Exception {
        Path file = dir.resolve("short.csv");
        Fixtures.generate(file, "--departements", "2A,2B", "--count", "10k", "--dirty", "--separator", ",");
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        new Audit(Fixtures.parseCsv(text, ','), 2, 3, 1, -1).assertMatches(Files.readString(DemoData.expectationsFile(file)));
    }

    @Test
    void cleanFileExpectsNoDirt() throws Exception {
        Path file = dir.resolve("clean.csv");
        Fixtures.generate(file, "--departements", "56", "--count", "5k", "--profiles", "full");
        Audit audit = new Audit(Fixtures.parseCsv(Files.readString(file), ','), 3, 4, 1, 2);
        audit.assertMatchesClean();
        String json = Files.readString(DemoData.expectationsFile(file));
        for (String key : List.of("duplicates", "invalidEmails", "blankLines", "separatorOnlyLines", "missingColumns",
                "paddedFields", "nameVariants", "ambiguousPostcodesInjected")) {
            assertEquals(0, Fixtures.json(json, key), key);
        }
        assertEquals(audit.ambiguousPostcodes, Fixtures.json(json, "ambiguousPostcodes"));
    }
}
