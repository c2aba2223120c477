package org.maillage.demodata;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line, parsed and checked. Every mistake is a {@link UsageException} naming the option.
 *
 * @param rows        data rows of the export (volunteers for profiles, participations for participations)
 * @param separator   the CSV separator: ',' when clean, ';' when dirty, unless given
 * @param territory   the folder of the territory files, or null for the classpath / the repository
 */
record Options(List<String> departements, int rows, long seed, Format format, Export export, boolean dirty,
               Charset encoding, char separator, Path out, Path territory) {

    enum Format { CSV, XLSX }

    static final long DEFAULT_SEED = 42;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final int MAX_ROWS = 10_000_000;

    static final String USAGE = """
            Usage: demo-data --departements 56[,35...] --out FILE [options]
            Writes volunteers of the tenant's département(s) as a JeVeuxAider export (the same bytes for
            the same seed and options) and FILE.expect.json, the counts of what the file holds.

              --departements CODES       comma-separated département codes: 56, 2A, 974...   (required)
              --out FILE                 the file to write; its folder is created            (required)
              --count N                  data rows: 1k, 35k, 300k, 1M or a number            [1k]
              --seed N                   random seed, an integer                             [42]
              --format csv|xlsx          [xlsx if FILE ends with .xlsx, else csv]
              --export profiles|participations                                               [profiles]
                                         (--export activity: teams, visits, partners; --help lists its options)
              --profiles short|full      short: id, prenom, email, code_postal; full adds nom,
                                         phone, mobile, structure_id, structure_nom          [short]
              --dirty                    BOM, ';', blank lines, case-variant duplicates, invalid
                                         e-mails, ambiguous postcodes, missing columns, spaces,
                                         name variants
              --encoding utf-8|windows-1252   CSV only; no BOM in windows-1252               [utf-8]
              --separator ,|;            CSV only                            [',', or ';' with --dirty]
              --territory DIR            folder of communes.tsv, postcodes.tsv, departements.tsv
                                         [the classpath, else the repository's tenants/src/main/
                                         resources/org/maillage/territory above the working directory]
              --help                     this text
            """;

    /** Null when --help was asked. */
    static Options parse(String... args) throws UsageException {
        List<String> departements = null;
        String count = "1k";
        String seed = null;
        String format = null;
        String export = "profiles";
        String profiles = null;
        boolean dirty = false;
        String encoding = "utf-8";
        String separator = null;
        String out = null;
        String territory = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                value = arg.substring(equals + 1);
                arg = arg.substring(0, equals);
            }
            switch (arg) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--dirty" -> {
                    if (value != null) {
                        throw new UsageException("--dirty takes no value");
                    }
                    dirty = true;
                }
                case "--departements", "--departement", "--count", "--seed", "--format", "--export", "--profiles",
                        "--encoding", "--separator", "--out", "--territory" -> {
                    if (value == null) {
                        if (i + 1 >= args.length || (args[i + 1].startsWith("--") && args[i + 1].length() > 2)) {
                            throw new UsageException(arg + " needs a value");
                        }
                        value = args[++i];
                    }
                    switch (arg) {
                        case "--departements", "--departement" -> departements = departements(value);
                        case "--count" -> count = value;
                        case "--seed" -> seed = value;
                        case "--format" -> format = value;
                        case "--export" -> export = value;
                        case "--profiles" -> profiles = value;
                        case "--encoding" -> encoding = value;
                        case "--separator" -> separator = value;
                        case "--out" -> out = value;
                        default -> territory = value;
                    }
                }
                default -> throw new UsageException("unknown option '" + args[i] + "'");
            }
        }
        if (departements == null) {
            throw new UsageException("--departements is required (for example --departements 56 or 56,35)");
        }
        if (out == null || out.isBlank()) {
            throw new UsageException("--out FILE is required");
        }
        Format chosenFormat = format(format, out);
        Export chosenExport = export(export, profiles);
        Charset charset = encoding(encoding);
        if (chosenFormat == Format.XLSX && !charset.equals(StandardCharsets.UTF_8)) {
            throw new UsageException("--encoding applies to CSV only: XLSX is always UTF-8");
        }
        if (chosenFormat == Format.XLSX && separator != null) {
            throw new UsageException("--separator applies to CSV only");
        }
        int rows = count(count);
        if (chosenFormat == Format.XLSX && rows > XlsxSink.MAX_ROWS - 10_000) {
            throw new UsageException("--count " + count + " is too many for one XLSX sheet (at most "
                    + (XlsxSink.MAX_ROWS - 10_000) + " rows, leaving room for the header and blank rows)");
        }
        return new Options(departements, rows, seed(seed), chosenFormat, chosenExport, dirty, charset,
                separator(separator, dirty), Path.of(out), territory == null ? null : Path.of(territory));
    }

    /** Whether this file gets a UTF-8 byte-order mark: the dirty UTF-8 CSV does. */
    boolean byteOrderMark() {
        return dirty && format == Format.CSV && encoding.equals(StandardCharsets.UTF_8);
    }

    static List<String> departements(String value) throws UsageException {
        Set<String> codes = new LinkedHashSet<>();
        for (String part : value.split(",", -1)) {
            String code = part.trim().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                throw new UsageException("--departements '" + value + "': empty code");
            }
            if (code.length() == 1 && Character.isDigit(code.charAt(0))) {
                code = "0" + code;
            }
            codes.add(code);
        }
        return List.copyOf(new ArrayList<>(codes));
    }

    private static final Pattern COUNT = Pattern.compile("(\\d{1,9})([kKmM]?)");

    /** "1k" → 1,000; "35k"; "300k"; "1M" → 1,000,000; "2500". */
    static int count(String value) throws UsageException {
        Matcher matcher = COUNT.matcher(value.trim().replace("_", ""));
        if (!matcher.matches()) {
            throw new UsageException("--count '" + value + "' is not a number of rows (1k, 35k, 300k, 1M or a number)");
        }
        long rows = Long.parseLong(matcher.group(1)) * switch (matcher.group(2)) {
            case "k", "K" -> 1_000L;
            case "m", "M" -> 1_000_000L;
            default -> 1L;
        };
        if (rows < 1 || rows > MAX_ROWS) {
            throw new UsageException("--count " + value + " is out of range (1 to " + MAX_ROWS + ")");
        }
        return (int) rows;
    }

    private static long seed(String value) throws UsageException {
        if (value == null) {
            return DEFAULT_SEED;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--seed '" + value + "' is not an integer");
        }
    }

    private static Format format(String value, String out) throws UsageException {
        if (value == null) {
            return out.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? Format.XLSX : Format.CSV;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "csv" -> Format.CSV;
            case "xlsx" -> Format.XLSX;
            default -> throw new UsageException("--format '" + value + "': expected csv or xlsx");
        };
    }

    private static Export export(String value, String profiles) throws UsageException {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "profiles" -> {
                if (profiles == null || profiles.equalsIgnoreCase("short")) {
                    return Export.PROFILES_SHORT;
                }
                if (profiles.equalsIgnoreCase("full")) {
                    return Export.PROFILES_FULL;
                }
                throw new UsageException("--profiles '" + profiles + "': expected short or full");
            }
            case "participations" -> {
                if (profiles != null) {
                    throw new UsageException("--profiles applies to --export profiles only");
                }
                return Export.PARTICIPATIONS;
            }
            default -> throw new UsageException("--export '" + value + "': expected profiles or participations");
        }
    }

    private static Charset encoding(String value) throws UsageException {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "windows-1252", "cp1252" -> WINDOWS_1252;
            default -> throw new UsageException("--encoding '" + value + "': expected utf-8 or windows-1252");
        };
    }

    private static char separator(String value, boolean dirty) throws UsageException {
        if (value == null) {
            return dirty ? ';' : ',';
        }
        return switch (value) {
            case ",", "comma" -> ',';
            case ";", "semicolon" -> ';';
            default -> throw new UsageException("--separator '" + value + "': expected , or ;");
        };
    }
}
