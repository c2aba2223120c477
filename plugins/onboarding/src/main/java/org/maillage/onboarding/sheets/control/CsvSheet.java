package org.maillage.onboarding.sheets.control;

import org.maillage.onboarding.api.UnreadableFile;
import org.maillage.onboarding.api.Row;
import org.maillage.onboarding.api.Sheet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file read record by record (RFC 4180 and what spreadsheets write): fields separated by
 * {@code ,}, {@code ;} or a tab — whichever occurs most, outside quotes, in the first line that is
 * not blank; fields in double quotes may hold separators, doubled quotes and line breaks; lines end
 * with LF, CRLF or CR; white space before an opening quote is ignored. The encoding is recognised by
 * {@link TextEncoding}. A field longer than {@value #MAX_FIELD} characters stops the reading: it is
 * almost always a quote that is never closed, which would otherwise swallow the rest of the file.
 */
public final class CsvSheet implements Sheet {

    static final int MAX_FIELD = 100_000;
    private static final char[] CANDIDATES = {';', ',', '\t'};

    private final CountingInputStream bytes;
    private final Reader reader;
    private final long size;
    private final TextEncoding encoding;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private char separator;
    private long line = 1;
    private final StringBuilder field = new StringBuilder();

    private CsvSheet(Path file, TextEncoding encoding) throws IOException {
        this.size = Math.max(1, Files.size(file));
        this.encoding = encoding;
        InputStream in = Files.newInputStream(file);
        this.bytes = new CountingInputStream(in, Long.MAX_VALUE, "");
        bytes.skipNBytes(encoding.bomBytes());
        this.reader = new InputStreamReader(bytes, encoding.charset());
    }

    public static CsvSheet open(Path file) throws IOException {
        CsvSheet sheet = new CsvSheet(file, TextEncoding.of(file));
        try {
            sheet.separator = sheet.detectSeparator();
        } catch (IOException | RuntimeException e) {
            sheet.close();
            throw e;
        }
        return sheet;
    }

    /** @return the candidate found most often outside quotes in the first non-blank line; a comma when none is */
    private char detectSeparator() throws IOException {
        fill();
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        boolean started = false;
        for (int i = position; ; i++) {
            if (i == limit) {
                if (limit < buffer.length && !fillMore()) {
                    break;
                }
                if (i == limit) {
                    break;
                }
            }
            char c = buffer[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (started) {
                    break;
                }
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
                if (!Character.isWhitespace(c) && c != '\uFEFF') {
                    started = true;
                }
            }
        }
        int best = -1;
        for (int k = 0; k < CANDIDATES.length; k++) {
            if (counts[k] > 0 && (best < 0 || counts[k] > counts[best])) {
                best = k;
            }
        }
        return best < 0 ? ',' : CANDIDATES[best];
    }

    /** Reads more text after what the buffer holds, keeping it; for the look-ahead of {@link #detectSeparator()}. */
    private boolean fillMore() throws IOException {
        if (limit == buffer.length) {
            return false;
        }
        int n = reader.read(buffer, limit, buffer.length - limit);
        if (n <= 0) {
            return false;
        }
        limit += n;
        return true;
    }

    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        int n = reader.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private int read() throws IOException {
        return fill() ? buffer[position++] : -1;
    }

    private int peek() throws IOException {
        return fill() ? buffer[position] : -1;
    }

    public char separator() {
        return separator;
    }

    public TextEncoding encoding() {
        return encoding;
    }

    @Override
    public Row next() throws IOException {
        while (true) {
            long start = line;
            List<String> cells = record();
            if (cells == null) {
                return null;
            }
            Row row = new Row(start, cells);
            if (!row.blank()) {
                return row;
            }
        }
    }

    /** @return the fields of the next record, or null at the end of the file */
    private List<String> record() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        long start = line;
        List<String> cells = new ArrayList<>();
        field.setLength(0);
        boolean inQuotes = false;
        boolean onlySpaces = true;
        while (true) {
            if (c < 0) {
                if (inQuotes) {
                    throw new UnreadableFile("Ligne " + start + " : un guillemet ouvert n’est jamais fermé.");
                }
                break;
            }
            if (inQuotes) {
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        field.append('"');
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n' || c == '\r' && peek() != '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == separator) {
                cells.add(field.toString());
                field.setLength(0);
                onlySpaces = true;
            } else if (c == '\n') {
                line++;
                break;
            } else if (c == '\r') {
                line++;
                if (peek() == '\n') {
                    read();
                }
                break;
            } else if (c == '"' && onlySpaces) {
                field.setLength(0);
                inQuotes = true;
                onlySpaces = false;
            } else {
                if (c != ' ' && c != '\t') {
                    onlySpaces = false;
                }
                field.append((char) c);
            }
            if (field.length() > MAX_FIELD) {
                throw new UnreadableFile("Ligne " + start + " : un champ dépasse " + MAX_FIELD
                        + " caractères ; un guillemet n’est sans doute jamais fermé.");
            }
            c = read();
        }
        cells.add(field.toString());
        if (cells.size() > 0 && start == 1 && cells.get(0).startsWith("\uFEFF")) {
            cells.set(0, cells.get(0).substring(1));
        }
        return cells;
    }

    @Override
    public double progress() {
        return Math.min(1.0, (double) bytes.count() / size);
    }

    @Override
    public String description() {
        String name = switch (separator) {
            case ';' -> "« ; »";
            case '\t' -> "tabulation";
            default -> "« , »";
        };
        return "CSV, " + encoding.describe() + ", séparateur " + name;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
