package org.maillage.demodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same seed and options give byte-identical files (compared by SHA-256); another seed does not. */
class DeterminismTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "--count 5k --profiles full",
        "--count 5k --export participations --dirty",
        "--count 5k --export participations --dirty --encoding windows-1252",
        "--count 3k --profiles full --dirty --format xlsx",
        "--count 3k --export participations --format xlsx"
    })
    void sameSeedSameBytes(String options) throws Exception {
        String[] args = ("--departements 56,35 --seed 7 " + options).split(" ");
        Path first = dir.resolve("first.out");
        Path second = dir.resolve("second.out");
        Fixtures.generate(first, args);
        Fixtures.generate(second, args);
        assertEquals(Fixtures.sha256(first), Fixtures.sha256(second), options);
        assertEquals(Files.readString(DemoData.expectationsFile(first)).replace("first.out", "x"),
                Files.readString(DemoData.expectationsFile(second)).replace("second.out", "x"));

        Path other = dir.resolve("other.out");
        String[] otherSeed = ("--departements 56,35 --seed 8 " + options).split(" ");
        Fixtures.generate(other, otherSeed);
        assertNotEquals(Fixtures.sha256(first), Fixtures.sha256(other));
    }

    /** The volunteers depend on the seed only: not on the export, the columns or the format. */
    @Test
    void sameVolunteersWhateverTheExport() throws Exception {
        Path profiles = dir.resolve("profiles.csv");
        Path participations = dir.resolve("participations.csv");
        Fixtures.generate(profiles, "--departements", "56", "--count", "3000");
        Fixtures.generate(participations, "--departements", "56", "--count", "3000", "--export", "participations");
        List<List<String>> a = Fixtures.parseCsv(Files.readString(profiles), ',');
        List<List<String>> b = Fixtures.parseCsv(Files.readString(participations), ',');
        for (int i = 1; i < a.size(); i++) {
            assertEquals(a.get(i).get(0), b.get(i).get(6), "profile id");
            assertEquals(a.get(i).get(2), b.get(i).get(10), "email");
            assertEquals(a.get(i).get(3), b.get(i).get(11), "postcode");
        }
    }
}
