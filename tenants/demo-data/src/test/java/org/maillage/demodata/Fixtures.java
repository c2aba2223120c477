package org.maillage.demodata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shared by the tests: generation into a folder, an independent CSV reader, the reference tables, JSON look-ups. */
final class Fixtures {

    static final Names NAMES = Names.load();
    private static final Map<List<String>, Territory> TERRITORIES = new ConcurrentHashMap<>();
    private static Map<String, Set<String>> communesByPostcode;
    private static Map<String, String> departementByCommune;

    private Fixtures() {
    }

    static Territory territory(List<String> departements) {
        return TERRITORIES.computeIfAbsent(departements, codes -> {
            try {
                return Territory.load(TerritorySource.classpath(), codes);
            } catch (IOException | UsageException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Generates with the command-line options plus {@code --out out}, as Main would. */
    static Expectations generate(Path out, String... args) throws Exception {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--out";
        all[args.length + 1] = out.toString();
        Options options = Options.parse(all);
        return new DemoData(options, territory(options.departements()), NAMES).writeFile();
    }

    static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /**
     * Reads CSV text as RFC 4180 says (quotes, doubled quotes, CRLF), independently of the generator.
     * A blank line is a record with no fields.
     */
    static List<List<String>> parseCsv(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean lineHasContent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                lineHasContent = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
                lineHasContent = true;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                // the \n ends the record
                continue;
            } else if (c == '\n') {
                if (lineHasContent || field.length() > 0) {
                    record.add(field.toString());
                }
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                lineHasContent = false;
            } else {
                field.append(c);
                lineHasContent = true;
            }
        }
        if (lineHasContent || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** postcodes.tsv: postcode → commune codes. */
    static synchronized Map<String, Set<String>> communesByPostcode() throws IOException {
        if (communesByPostcode == null) {
            Map<String, Set<String>> map = new HashMap<>();
            Tsv.read(TerritorySource.classpath().open("postcodes.tsv"), "postcodes.tsv",
                    List.of("code_postal", "code_commune"),
                    row -> map.computeIfAbsent(row[0], p -> new HashSet<>()).add(row[1]));
            communesByPostcode = map;
        }
        return communesByPostcode;
    }

    /** communes.tsv: commune code → département code. */
    static synchronized Map<String, String> departementByCommune() throws IOException {
        if (departementByCommune == null) {
            Map<String, String> map = new HashMap<>();
            Tsv.read(TerritorySource.classpath().open("communes.tsv"), "communes.tsv", List.of("code", "departement"),
                    row -> map.put(row[0], row[1]));
            departementByCommune = map;
        }
        return departementByCommune;
    }

    /** The integer value of a key of an expect.json (keys are unique, nested or not). */
    static long json(String json, String key) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(key) + "\": (-?\\d+)").matcher(json);
        if (!matcher.find()) {
            throw new AssertionError("no number '" + key + "' in " + json);
        }
        return Long.parseLong(matcher.group(1));
    }

    /** An e-mail as an import would accept it: one @, no spaces, no empty label, a dotted domain; accented letters before @ too. */
    static final Pattern VALID_EMAIL = Pattern.compile("[\\p{L}0-9_+-]+(\\.[\\p{L}0-9_+-]+)*@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
}
