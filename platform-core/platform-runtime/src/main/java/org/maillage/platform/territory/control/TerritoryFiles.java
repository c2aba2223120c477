package org.maillage.platform.territory.control;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The territory files shipped in {@code maillage-tenants} ({@value #FOLDER}), read from the class
 * path: never from the network. Each file is {@code #} comment lines, a header line, then rows of
 * tab-separated fields (see {@code tenants/reference/README.md}).
 */
public final class TerritoryFiles {

    static final String FOLDER = "org/maillage/territory/";

    /** Changes whenever what the loader derives from the files changes: it is part of the checksum. */
    static final String LOADER_VERSION = "1";

    /** Each file with the columns the loader reads, in the order the loader needs them. */
    static final Map<String, List<String>> COLUMNS = columns();

    private final Map<String, byte[]> contents;
    private final String checksum;

    private TerritoryFiles(Map<String, byte[]> contents) {
        this.contents = contents;
        this.checksum = checksum(contents);
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("regions.tsv", List.of("code", "nom"));
        columns.put("departements.tsv", List.of("code", "nom", "region"));
        columns.put("epci.tsv", List.of("code", "nom", "type", "population"));
        columns.put("communes.tsv", List.of("code", "nom", "departement", "region", "epci", "population", "codes_postaux"));
        columns.put("postcodes.tsv", List.of("code_postal", "code_commune", "nom_commune"));
        return columns;
    }

    /** @return the five files, read from the class path */
    public static TerritoryFiles read() {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (String name : COLUMNS.keySet()) {
            try (InputStream in = TerritoryFiles.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException("Missing territory reference data: " + FOLDER + name);
                }
                contents.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new TerritoryFiles(contents);
    }

    /**
     * @return the SHA-256 of the files, of the normalisation rule ({@link SearchText#VERSION}) and of
     * the loader ({@link #LOADER_VERSION}): the database must be reloaded when any of them changed
     */
    public String checksum() {
        return checksum;
    }

    /** @return where the data comes from, as the generator wrote it ({@code # Source: ...} of postcodes.tsv) */
    public String source() {
        return comments("postcodes.tsv").stream()
                .filter(line -> line.startsWith("# Source:"))
                .map(line -> line.substring("# Source:".length()).trim())
                .findFirst().orElse("unknown");
    }

    /**
     * @return the rows of one file, each field as written (empty string for an empty field)
     * @throws IllegalStateException when the header is not the expected one
     */
    public List<String[]> rows(String name) {
        List<String> expected = COLUMNS.get(name);
        List<String[]> rows = new ArrayList<>();
        String[] header = null;
        for (String line : lines(name)) {
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (header == null) {
                header = fields;
                if (!Arrays.asList(header).equals(expected)) {
                    throw new IllegalStateException(name + " has the columns " + Arrays.toString(header) + ", not " + expected);
                }
            } else if (fields.length != header.length) {
                throw new IllegalStateException(name + ": " + fields.length + " fields instead of " + header.length + " in: " + line);
            } else {
                rows.add(fields);
            }
        }
        return rows;
    }

    private List<String> comments(String name) {
        return lines(name).stream().takeWhile(line -> line.startsWith("#")).toList();
    }

    private List<String> lines(String name) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ByteArrayInputStream(contents.get(name)), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String checksum(Map<String, byte[]> contents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("territory loader " + LOADER_VERSION + ", search text " + SearchText.VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            contents.forEach((name, bytes) -> {
                digest.update((name + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
