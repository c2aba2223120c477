package org.maillage.onboarding.sheets.control;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.maillage.onboarding.api.Row;
import org.maillage.onboarding.api.Sheet;
import org.maillage.onboarding.api.UnreadableFile;

/**
 * A CSV file read record by record with Apache Commons CSV (RFC 4180 and what spreadsheets write: quoted
 * fields with separators, doubled quotes and line breaks; LF, CRLF or CR; spaces around a quoted field
 * ignored; text after a closing quote kept). What is left here is the thin part Commons CSV does not do:
 * the encoding ({@link TextEncoding}), the separator — whichever of {@code ;}, {@code ,} and tab occurs most
 * outside quotes in the first line that is not blank — the line a record starts on, and the bounds of
 * {@link SheetLimits}: a record longer than {@value SheetLimits#MAX_RECORD} characters (almost always a quote
 * never closed, which would swallow the rest of the file), more than {@value SheetLimits#MAX_COLUMNS} fields,
 * or a field over {@value SheetLimits#MAX_CELL} characters stops the reading with the line.
 */
public final class CsvSheet implements Sheet {

    private static final char[] CANDIDATES = {';', ',', '\t'};

    private final CountingInputStream bytes;
    private final long size;
    private final TextEncoding encoding;
    private final char separator;
    private final RecordBound bound;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long linesRead;

    private CsvSheet(Path file, TextEncoding encoding, char separator) throws IOException {
        this.size = Math.max(1, Files.size(file));
        this.encoding = encoding;
        this.separator = separator;
        this.bytes = new CountingInputStream(Files.newInputStream(file));
        bytes.skipNBytes(encoding.bomBytes());
        this.bound = new RecordBound(new InputStreamReader(bytes, encoding.charset()));
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .setTrailingData(true)
                .setLenientEof(false)
                .get();
        this.parser = CSVParser.builder().setReader(bound).setFormat(format).get();
        this.records = parser.iterator();
    }

    /** @throws UnreadableFile when the file is binary or mixes encodings */
    public static CsvSheet open(Path file) throws IOException {
        TextEncoding encoding = TextEncoding.of(file);
        return new CsvSheet(file, encoding, separator(file, encoding));
    }

    /** @return the candidate found most often outside quotes in the first non-blank line; a comma when none is */
    static char separator(Path file, TextEncoding encoding) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bomBytes());
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, encoding.charset()));
            int[] counts = new int[CANDIDATES.length];
            boolean quoted = false;
            boolean started = false;
            for (int i = 0, c = reader.read(); c >= 0 && i < SheetLimits.MAX_RECORD; i++, c = reader.read()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    if (started) {
                        break;
                    }
                } else if (!quoted) {
                    for (int k = 0; k < CANDIDATES.length; k++) {
                        counts[k] += c == CANDIDATES[k] ? 1 : 0;
                    }
                    started |= !Character.isWhitespace(c);
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
    }

    @Override
    public Row next() throws IOException {
        while (true) {
            long start = linesRead + 1;
            bound.startRecord(start);
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw new UnreadableFile("Ligne " + start + " : un guillemet ouvert n’est jamais fermé "
                        + "(le fichier est peut-être coupé) ; rien n’a été importé au-delà.", e);
            }
            linesRead = Math.max(start, parser.getCurrentLineNumber());
            if (record.size() > SheetLimits.MAX_COLUMNS) {
                throw new UnreadableFile(SheetLimits.tooManyColumns(start));
            }
            List<String> cells = new ArrayList<>(record.size());
            for (String value : record) {
                if (value.length() > SheetLimits.MAX_CELL) {
                    throw new UnreadableFile(SheetLimits.cellTooLong(start, SheetLimits.MAX_CELL));
                }
                cells.add(value);
            }
            Row row = new Row(start, cells);
            if (!row.blank()) {
                return row;
            }
        }
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
        parser.close();
    }

    /** Counts the characters read for the current record and stops at {@value SheetLimits#MAX_RECORD}. */
    private static final class RecordBound extends FilterReader {

        private long read;
        private long line;

        RecordBound(Reader in) {
            super(in);
        }

        void startRecord(long line) {
            this.line = line;
            read = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > SheetLimits.MAX_RECORD + 64 * 1024) {
                throw new UnreadableFile("Ligne " + line + " : un enregistrement dépasse " + SheetLimits.number(SheetLimits.MAX_RECORD)
                        + " caractères ; un guillemet n’est sans doute jamais fermé.");
            }
        }
    }
}
