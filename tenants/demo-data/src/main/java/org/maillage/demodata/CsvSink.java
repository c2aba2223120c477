package org.maillage.demodata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.List;

/**
 * CSV as RFC 4180 says: CRLF line ends, a field quoted when it holds the separator, a double quote, CR or
 * LF, with quotes doubled inside. The separator, the encoding and a UTF-8 byte-order mark are options
 * (the dirty variant imitates a spreadsheet re-saved in French locale: {@code ;} and a BOM). A character
 * the encoding cannot hold stops the generation rather than turning into {@code ?}.
 */
final class CsvSink implements RowSink {

    private static final String LINE_END = "\r\n";

    private final Writer out;
    private final char separator;
    private final StringBuilder line = new StringBuilder(512);

    CsvSink(OutputStream stream, Charset charset, char separator, boolean byteOrderMark) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        this.separator = separator;
        if (byteOrderMark) {
            out.write('\uFEFF');
        }
    }

    @Override
    public void header(List<String> columns, boolean[] numeric) throws IOException {
        row(columns.toArray(String[]::new));
    }

    @Override
    public void row(String[] cells) throws IOException {
        line.setLength(0);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(separator);
            }
            appendField(cells[i]);
        }
        out.append(line).append(LINE_END);
    }

    @Override
    public void blankLine() throws IOException {
        out.write(LINE_END);
    }

    @Override
    public void separatorOnlyLine(int columns) throws IOException {
        out.write(String.valueOf(separator).repeat(columns - 1) + LINE_END);
    }

    private void appendField(String field) {
        boolean quote = false;
        for (int i = 0; i < field.length() && !quote; i++) {
            char c = field.charAt(i);
            quote = c == separator || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            line.append(field);
            return;
        }
        line.append('"');
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            line.append(c);
            if (c == '"') {
                line.append('"');
            }
        }
        line.append('"');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
