package org.maillage.demodata;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The command line of {@code --export activity}: teams, members, visits and partners of a cooperation over
 * the twelve months ending on {@code --until} (a date, for determinism; the launcher passes today).
 */
record ActivityOptions(List<String> departements, int teams, long seed, LocalDate until, Path out, Path territory) {

    static final String USAGE = """
            Usage: demo-data --export activity --departements 56[,35...] --until YYYY-MM-DD --out FILE.json [options]
            Writes a cooperation's teams (with members and visits) and partners over the twelve months ending
            on --until, as JSON (the same bytes for the same options), and FILE.expect.json, its counts.

              --teams N                  teams to write                                       [12]
              --seed N                   random seed, an integer                              [42]
              --territory DIR            as for the exports of volunteers
            """;

    static boolean wanted(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--export=activity") || (args[i].equals("--export") && i + 1 < args.length
                    && args[i + 1].equals("activity"))) {
                return true;
            }
        }
        return false;
    }

    static ActivityOptions parse(String... args) throws UsageException {
        List<String> departements = null;
        int teams = 12;
        long seed = Options.DEFAULT_SEED;
        LocalDate until = null;
        String out = null;
        String territory = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                value = arg.substring(equals + 1);
                arg = arg.substring(0, equals);
            } else if (arg.equals("--help") || arg.equals("-h")) {
                return null;
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException(arg + " needs a value");
            }
            switch (arg) {
                case "--export" -> {
                }
                case "--departements", "--departement" -> departements = Options.departements(value);
                case "--teams" -> teams = Options.count(value);
                case "--seed" -> {
                    try {
                        seed = Long.parseLong(value.trim());
                    } catch (NumberFormatException e) {
                        throw new UsageException("--seed '" + value + "' is not an integer");
                    }
                }
                case "--until" -> {
                    try {
                        until = LocalDate.parse(value.trim());
                    } catch (DateTimeParseException e) {
                        throw new UsageException("--until '" + value + "' is not a date YYYY-MM-DD");
                    }
                }
                case "--out" -> out = value;
                case "--territory" -> territory = value;
                default -> throw new UsageException("unknown option '" + args[i] + "' for --export activity");
            }
        }
        if (departements == null) {
            throw new UsageException("--departements is required (for example --departements 56 or 56,35)");
        }
        if (until == null) {
            throw new UsageException("--until YYYY-MM-DD is required with --export activity (the last day of the twelve months)");
        }
        if (out == null || out.isBlank()) {
            throw new UsageException("--out FILE is required");
        }
        return new ActivityOptions(departements, teams, seed, until, Path.of(out), territory == null ? null : Path.of(territory));
    }
}
