package org.maillage.demodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options, presets and the errors of the command line: one clear line, exit status 2, no stack trace. */
class CommandLineTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void presets() throws UsageException {
        assertEquals(1_000, Options.count("1k"));
        assertEquals(35_000, Options.count("35k"));
        assertEquals(300_000, Options.count("300k"));
        assertEquals(1_000_000, Options.count("1M"));
        assertEquals(1_234, Options.count("1234"));
        assertThrows(UsageException.class, () -> Options.count("lots"));
        assertThrows(UsageException.class, () -> Options.count("0"));
    }

    @Test
    void defaultsAndInference() throws UsageException {
        Options options = Options.parse("--departements", "56, 2a,1", "--out", "x.XLSX");
        assertEquals(java.util.List.of("56", "2A", "01"), options.departements());
        assertEquals(Options.Format.XLSX, options.format());
        assertEquals(1_000, options.rows());
        assertEquals(42, options.seed());
        assertEquals(Export.PROFILES_SHORT, options.export());
        Options dirty = Options.parse("--departements=56", "--out=x.csv", "--dirty", "--count=35k");
        assertEquals(';', dirty.separator());
        assertTrue(dirty.byteOrderMark());
        assertFalse(Options.parse("--departements", "56", "--out", "x.csv", "--dirty", "--encoding", "windows-1252")
                .byteOrderMark());
        assertNull(Options.parse("--help"));
    }

    @Test
    void unknownDepartementIsNamedWithoutStackTrace() {
        Run run = run("--departements", "56,999", "--out", dir.resolve("x.csv").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("unknown département code '999'"), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void badOptions() {
        String out = dir.resolve("x.csv").toString();
        String[][] cases = {
            {"--departements", "56"},
            {"--out", out},
            {"--departements", "56", "--out", out, "--count", "many"},
            {"--departements", "56", "--out", out, "--format", "ods"},
            {"--departements", "56", "--out", out, "--export", "missions"},
            {"--departements", "56", "--out", out, "--profiles", "medium"},
            {"--departements", "56", "--out", out, "--export", "participations", "--profiles", "full"},
            {"--departements", "56", "--out", out, "--encoding", "latin9"},
            {"--departements", "56", "--out", out, "--format", "xlsx", "--encoding", "windows-1252"},
            {"--departements", "56", "--out", out, "--seed", "abc"},
            {"--departements", "56", "--out", out, "--separator", "|"},
            {"--departements", "56", "--out", out, "--colour"},
            {"--departements", "56", "--out", out, "--count"},
            {"--departements", "56", "--out", dir.resolve("x.xlsx").toString(), "--count", "2M"},
            {"--departements", "56", "--out", out, "--territory", dir.toString()},
        };
        for (String[] args : cases) {
            Run run = run(args);
            assertEquals(2, run.status(), String.join(" ", args) + " → " + run.err());
            assertTrue(run.err().startsWith("demo-data: "), run.err());
            assertFalse(run.err().contains("\tat "), run.err());
        }
    }

    @Test
    void writesTheFileAndReports() throws Exception {
        Path file = dir.resolve("sub/folder/demo.csv");
        Run run = run("--departements", "56", "--count", "300", "--dirty", "--out", file.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.exists(file) && Files.exists(DemoData.expectationsFile(file)));
        assertFalse(Files.exists(file.resolveSibling("demo.csv.part")));
        assertTrue(run.out().contains("duplicates") && run.out().contains("heap peak"), run.out());
        assertEquals(0, run("--help").status());
    }
}
