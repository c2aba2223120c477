package org.maillage.demodata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a generated file holds, counted while writing it: the summary printed at the end and the
 * {@code <file>.expect.json} an import test asserts on. Definitions (all rows are data rows, the header
 * excluded):
 * <ul>
 *   <li>{@code rows}: non-blank data rows; {@code uniquePeople}: rows minus duplicates, which is also the
 *       number of distinct e-mails once trimmed and lower-cased;</li>
 *   <li>{@code duplicates}: rows whose e-mail equals an earlier row's ignoring case;</li>
 *   <li>{@code invalidEmails}: rows whose e-mail stays invalid after trimming (by kind): the rows an import rejects;</li>
 *   <li>{@code internationalEmails}: rows whose valid e-mail has accented letters before « @ » (RFC 6531):
 *       deliverable, so imported (with a warning), never rejected;</li>
 *   <li>{@code blankLines}: empty lines (empty rows in XLSX); {@code separatorOnlyLines}: CSV lines made of
 *       separators only, as spreadsheets save empty rows;</li>
 *   <li>{@code ambiguousPostcodes}: rows whose postcode serves several communes in postcodes.tsv, drawn
 *       naturally or injected; {@code ambiguousPostcodesInjected}: those picked on purpose;</li>
 *   <li>{@code missingColumns}: rows with fewer cells than the header; {@code paddedFields}: rows with
 *       leading or trailing spaces; {@code nameVariants}: rows whose names were re-cased or re-accented.</li>
 * </ul>
 */
final class Expectations {

    final Map<String, Object> settings = new LinkedHashMap<>();
    int rows;
    int duplicates;
    int invalidEmailsMissingAt;
    int invalidEmailsSpace;
    int invalidEmailsDoubleDot;
    int internationalEmails;
    int blankLines;
    int separatorOnlyLines;
    int ambiguousPostcodes;
    int ambiguousPostcodesInjected;
    int missingColumns;
    int paddedFields;
    int nameUpperCase;
    int nameLowerCase;
    int nameAccentsStripped;
    int nameDecomposed;
    int missions;

    int uniquePeople() {
        return rows - duplicates;
    }

    int invalidEmails() {
        return invalidEmailsMissingAt + invalidEmailsSpace + invalidEmailsDoubleDot;
    }

    int nameVariants() {
        return nameUpperCase + nameLowerCase + nameAccentsStripped + nameDecomposed;
    }

    Map<String, Object> counts() {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("rows", rows);
        counts.put("uniquePeople", uniquePeople());
        counts.put("duplicates", duplicates);
        counts.put("invalidEmails", invalidEmails());
        counts.put("invalidEmailsByKind", Map.of("missingAt", invalidEmailsMissingAt, "space", invalidEmailsSpace,
                "doubleDot", invalidEmailsDoubleDot));
        counts.put("internationalEmails", internationalEmails);
        counts.put("blankLines", blankLines);
        counts.put("separatorOnlyLines", separatorOnlyLines);
        counts.put("ambiguousPostcodes", ambiguousPostcodes);
        counts.put("ambiguousPostcodesInjected", ambiguousPostcodesInjected);
        counts.put("missingColumns", missingColumns);
        counts.put("paddedFields", paddedFields);
        counts.put("nameVariants", nameVariants());
        counts.put("nameVariantsByKind", Map.of("upperCase", nameUpperCase, "lowerCase", nameLowerCase,
                "accentsStripped", nameAccentsStripped, "decomposed", nameDecomposed));
        counts.put("missions", missions);
        return counts;
    }

    String toJson() {
        Map<String, Object> all = new LinkedHashMap<>(settings);
        all.putAll(counts());
        StringBuilder json = new StringBuilder();
        write(json, all, "");
        return json.append('\n').toString();
    }

    String summary() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Object> entry : counts().entrySet()) {
            out.append(String.format("  %-28s %s%n", entry.getKey(), entry.getValue() instanceof Map<?, ?> map
                    ? new TreeMap<>(map).toString() : entry.getValue()));
        }
        return out.toString();
    }

    private static void write(StringBuilder json, Object value, String indent) {
        if (value instanceof Map<?, ?> map) {
            json.append("{\n");
            // Map.of has no order: sort its keys so the file is the same on every run.
            Map<?, ?> ordered = map instanceof LinkedHashMap<?, ?> ? map : new TreeMap<>(map);
            int i = 0;
            for (Map.Entry<?, ?> entry : ordered.entrySet()) {
                json.append(indent).append("  ");
                string(json, entry.getKey().toString());
                json.append(": ");
                write(json, entry.getValue(), indent + "  ");
                json.append(++i < ordered.size() ? ",\n" : "\n");
            }
            json.append(indent).append('}');
        } else if (value instanceof List<?> list) {
            json.append('[');
            for (int i = 0; i < list.size(); i++) {
                json.append(i > 0 ? ", " : "");
                write(json, list.get(i), indent);
            }
            json.append(']');
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else {
            string(json, String.valueOf(value));
        }
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
