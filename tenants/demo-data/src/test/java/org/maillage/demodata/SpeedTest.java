package org.maillage.demodata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A thousand rows take well under a second (the reference data loaded once, as in a test suite). */
class SpeedTest {

    @Test
    void thousandRowsWellUnderASecond() throws Exception {
        Territory territory = Fixtures.territory(List.of("56"));
        for (String format : List.of("csv", "xlsx")) {
            for (String export : List.of("profiles", "participations")) {
                Options options = Options.parse("--departements", "56", "--count", "1k", "--format", format,
                        "--export", export, "--dirty", "--out", "unused");
                long started = System.nanoTime();
                new DemoData(options, territory, Fixtures.NAMES).write(OutputStream.nullOutputStream());
                long millis = (System.nanoTime() - started) / 1_000_000;
                System.out.printf("1k %s %s: %d ms%n", export, format, millis);
                assertTrue(millis < 1000, export + " " + format + ": " + millis + " ms");
            }
        }
    }
}
