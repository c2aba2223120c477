package org.maillage.demodata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal valid XLSX workbook written with java.util.zip, one sheet named "Worksheet" (the default name
 * of PhpSpreadsheet, which JeVeuxAider's exports use). Parts: [Content_Types].xml, _rels/.rels,
 * xl/workbook.xml, xl/_rels/workbook.xml.rels, xl/styles.xml (one default style, which Excel expects) and
 * xl/worksheets/sheet1.xml, streamed row by row: inline strings (no shared-strings table to hold in memory),
 * ids as numbers, empty cells left out. Entries carry a fixed date, so the same rows give the same bytes.
 * A sheet holds at most 1,048,576 rows.
 */
final class XlsxSink implements RowSink {

    static final int MAX_ROWS = 1_048_576;
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2020, 3, 22, 0, 0);
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private final ZipOutputStream zip;
    private final Writer sheet;
    private final StringBuilder line = new StringBuilder(1024);
    private boolean[] numeric = new boolean[0];
    private int rowNumber;

    XlsxSink(OutputStream stream) throws IOException {
        zip = new ZipOutputStream(stream, StandardCharsets.UTF_8);
        // Fastest deflate: a quarter larger than the default level, a third less time for a large sheet.
        zip.setLevel(Deflater.BEST_SPEED);
        part("[Content_Types].xml", PROLOG
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "</Types>");
        part("_rels/.rels", PROLOG + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        part("xl/workbook.xml", PROLOG + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">"
                + "<sheets><sheet name=\"Worksheet\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        part("xl/_rels/workbook.xml.rels", PROLOG + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + RELATIONSHIPS + "/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>");
        part("xl/styles.xml", PROLOG + "<styleSheet xmlns=\"" + MAIN + "\">"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>");
        zip.putNextEntry(entry("xl/worksheets/sheet1.xml"));
        sheet = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        sheet.write(PROLOG + "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheetData>");
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }

    private void part(String name, String xml) throws IOException {
        zip.putNextEntry(entry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Override
    public void header(List<String> columns, boolean[] numericColumns) throws IOException {
        row(columns.toArray(String[]::new));
        this.numeric = numericColumns.clone();
    }

    @Override
    public void row(String[] cells) throws IOException {
        nextRow();
        line.setLength(0);
        line.append("<row r=\"").append(rowNumber).append("\">");
        for (int i = 0; i < cells.length; i++) {
            String value = cells[i];
            if (value.isEmpty()) {
                continue;
            }
            line.append("<c r=\"").append(column(i)).append(rowNumber).append('"');
            if (i < numeric.length && numeric[i] && isNumber(value)) {
                line.append("><v>").append(value).append("</v></c>");
            } else {
                line.append(" t=\"inlineStr\"><is><t");
                if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))) {
                    line.append(" xml:space=\"preserve\"");
                }
                line.append('>');
                escape(value);
                line.append("</t></is></c>");
            }
        }
        line.append("</row>");
        sheet.append(line);
    }

    @Override
    public void blankLine() throws IOException {
        nextRow();
        sheet.append("<row r=\"").append(Integer.toString(rowNumber)).append("\"/>");
    }

    @Override
    public void separatorOnlyLine(int columns) throws IOException {
        blankLine();
    }

    private void nextRow() throws IOException {
        if (rowNumber == MAX_ROWS) {
            throw new IOException("an XLSX sheet holds at most " + MAX_ROWS + " rows");
        }
        rowNumber++;
    }

    /** Column letters for the first 26 × 27 columns: A..Z, AA..ZZ. */
    static String column(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index))
                : String.valueOf((char) ('A' + index / 26 - 1)) + (char) ('A' + index % 26);
    }

    private static boolean isNumber(String value) {
        if (value.length() > 15) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> line.append("&amp;");
                case '<' -> line.append("&lt;");
                case '>' -> line.append("&gt;");
                case '"' -> line.append("&quot;");
                default -> line.append(c);
            }
        }
    }

    @Override
    public void close() throws IOException {
        sheet.write("</sheetData></worksheet>");
        sheet.flush();
        zip.closeEntry();
        zip.close();
    }
}
