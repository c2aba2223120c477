package org.maillage.demodata;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The command line: {@code java -cp ... org.maillage.demodata.Main --departements 56 --count 35k --seed 42
 * --format csv --export profiles --out demo.csv}. Prints what the file holds, the time taken and the peak
 * heap. Exit status 0 when written, 2 for a usage mistake, 1 when the file cannot be written; mistakes are
 * one line, no stack trace.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        HeapMeter.reset();
        Options options;
        try {
            if (ActivityOptions.wanted(args)) {
                return activity(args, out, started);
            }
            options = Options.parse(args);
            if (options == null) {
                out.print(Options.USAGE);
                return 0;
            }
            TerritorySource source = TerritorySource.locate(options.territory(), Path.of(""));
            Territory territory = Territory.load(source, options.departements());
            Expectations expectations = new DemoData(options, territory, Names.load()).writeFile();
            double seconds = (System.nanoTime() - started) / 1e9;
            report(out, options, territory, source, expectations, seconds);
            return 0;
        } catch (UsageException e) {
            err.println("demo-data: " + e.getMessage());
            err.println("Run with --help for the options.");
            return 2;
        } catch (CharacterCodingException e) {
            err.println("demo-data: a character cannot be written in the chosen encoding (" + e + ")");
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("demo-data: " + e.getMessage());
            return 1;
        }
    }

    private static int activity(String[] args, PrintStream out, long started) throws UsageException, IOException {
        ActivityOptions options = ActivityOptions.parse(args);
        if (options == null) {
            out.print(ActivityOptions.USAGE);
            return 0;
        }
        TerritorySource source = TerritorySource.locate(options.territory(), Path.of(""));
        Territory territory = Territory.load(source, options.departements());
        Activity activity = Activity.generate(territory, Names.load(), options.seed(), options.teams(), options.until());
        activity.write(options.out(), options.seed(), territory.departements());
        Activity.Counts c = activity.counts();
        out.printf(Locale.ROOT, "Wrote %s%n", options.out().toAbsolutePath());
        out.printf(Locale.ROOT, "  activity %s → %s, seed %d: %d teams (%d active, %d dormant, %d projects), %d members (%d left),"
                        + " %d visits (%d people met, %s hours), %d partners; %.2f s%n",
                options.until().minusMonths(12).plusDays(1), options.until(), options.seed(), c.teams(), c.active(), c.dormant(),
                c.projects(), c.members(), c.membersLeft(), c.visits(), c.peopleMet(), c.volunteerHours().toPlainString(),
                c.partners(), (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static void report(PrintStream out, Options options, Territory territory, TerritorySource source,
                               Expectations expectations, double seconds) throws IOException {
        Path file = options.out().toAbsolutePath();
        long bytes = Files.size(file);
        StringBuilder names = new StringBuilder();
        for (String code : territory.departements()) {
            names.append(names.length() > 0 ? ", " : "").append(code).append(' ').append(territory.departementName(code));
        }
        out.printf(Locale.ROOT, "Wrote %s%n", file);
        out.printf(Locale.ROOT, "  %s export%s, %s%s, %s, seed %d, départements %s (%d communes, %,d inhabitants; %s)%n",
                options.export().label(),
                options.export().participations() ? "" : options.export() == Export.PROFILES_FULL ? " (full)" : " (short)",
                options.format().name().toLowerCase(Locale.ROOT),
                options.format() == Options.Format.CSV ? " " + options.encoding().name() + (options.byteOrderMark()
                        ? " with BOM" : "") + " '" + options.separator() + "'" : "",
                options.dirty() ? "dirty" : "clean", options.seed(), names, territory.communes().size(),
                territory.population(), source.describe());
        out.print(expectations.summary());
        out.printf(Locale.ROOT, "  %-28s %s%n", "expectations", DemoData.expectationsFile(file));
        out.printf(Locale.ROOT, "  %-28s %.2f s, %,d bytes (%.1f MB), heap peak %d MB (sampled), max %d MB%n",
                "time, size, memory",
                seconds, bytes, bytes / 1e6, HeapMeter.peakBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
}
