package org.maillage.onboarding.sheets.control;

import org.maillage.onboarding.api.UnreadableFile;
import org.maillage.onboarding.api.Row;
import org.maillage.onboarding.api.Sheet;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first sheet of an XLSX workbook, read by streaming its XML with StAX straight out of the ZIP
 * archive (no Apache POI, nothing loaded whole): cells with shared strings ({@link SharedStrings}),
 * inline strings, numbers, booleans and formula results; a number is written without exponent or
 * trailing {@code .0} (a postcode typed as a number reads {@code 56000}). Cells are placed by their
 * reference ({@code C12}), so skipped empty cells keep the columns aligned. Decompressed sizes are
 * bounded against ZIP bombs.
 */
public final class XlsxSheet implements Sheet {

    static final long MAX_SHEET_BYTES = 4L * 1024 * 1024 * 1024;
    static final long MAX_STRINGS_BYTES = 1024L * 1024 * 1024;
    private static final String TOO_LARGE = "Le classeur XLSX est trop volumineux une fois décompressé.";

    private final ZipFile zip;
    private final SharedStrings strings;
    private final CountingInputStream bytes;
    private final XMLStreamReader xml;
    private final long size;
    private long lastRow;

    private XlsxSheet(ZipFile zip, SharedStrings strings, ZipEntry sheet) throws IOException, XMLStreamException {
        this.zip = zip;
        this.strings = strings;
        this.size = sheet.getSize() > 0 ? sheet.getSize() : Math.max(1, sheet.getCompressedSize() * 10);
        this.bytes = new CountingInputStream(zip.getInputStream(sheet), MAX_SHEET_BYTES, TOO_LARGE);
        this.xml = Xml.reader(bytes);
    }

    public static XlsxSheet open(Path file) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new UnreadableFile("Le fichier ressemble à un classeur XLSX mais son archive est illisible.", e);
        }
        SharedStrings strings = null;
        try {
            Map<String, String> parts = parts(zip);
            ZipEntry sheet = zip.getEntry(parts.getOrDefault("sheet", "xl/worksheets/sheet1.xml"));
            if (sheet == null) {
                throw new UnreadableFile("Le fichier n’est pas un classeur XLSX : aucune feuille n’y a été trouvée.");
            }
            ZipEntry shared = zip.getEntry(parts.getOrDefault("sharedStrings", "xl/sharedStrings.xml"));
            strings = shared == null ? SharedStrings.none()
                    : SharedStrings.read(new CountingInputStream(zip.getInputStream(shared), MAX_STRINGS_BYTES, TOO_LARGE));
            return new XlsxSheet(zip, strings, sheet);
        } catch (XMLStreamException e) {
            close(zip, strings);
            throw new UnreadableFile("Le classeur XLSX est illisible : " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            close(zip, strings);
            throw e;
        }
    }

    private static void close(ZipFile zip, SharedStrings strings) throws IOException {
        if (strings != null) {
            strings.close();
        }
        zip.close();
    }

    /** @return the paths of the first sheet ({@code sheet}) and of the shared strings, from the workbook and its relationships */
    private static Map<String, String> parts(ZipFile zip) throws IOException, XMLStreamException {
        Map<String, String> parts = new HashMap<>();
        ZipEntry workbook = zip.getEntry("xl/workbook.xml");
        ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
        if (workbook == null || rels == null) {
            return parts;
        }
        String firstSheetId = null;
        try (InputStream in = zip.getInputStream(workbook)) {
            XMLStreamReader reader = Xml.reader(in);
            while (reader.hasNext() && firstSheetId == null) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("sheet")) {
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        if (reader.getAttributeLocalName(i).equals("id")) {
                            firstSheetId = reader.getAttributeValue(i);
                        }
                    }
                }
            }
            reader.close();
        }
        try (InputStream in = zip.getInputStream(rels)) {
            XMLStreamReader reader = Xml.reader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("Relationship")) {
                    String id = reader.getAttributeValue(null, "Id");
                    String type = String.valueOf(reader.getAttributeValue(null, "Type"));
                    String target = reader.getAttributeValue(null, "Target");
                    if (target == null) {
                        continue;
                    }
                    String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                    if (id != null && id.equals(firstSheetId)) {
                        parts.put("sheet", path);
                    } else if (type.endsWith("/sharedStrings")) {
                        parts.put("sharedStrings", path);
                    }
                }
            }
            reader.close();
        }
        return parts;
    }

    @Override
    public Row next() throws IOException {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    Row row = row();
                    if (!row.blank()) {
                        return row;
                    }
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw new UnreadableFile("Le classeur XLSX est illisible après la ligne " + lastRow + " : " + e.getMessage(), e);
        }
    }

    private Row row() throws XMLStreamException, IOException {
        String r = xml.getAttributeValue(null, "r");
        long number = r == null ? lastRow + 1 : Long.parseLong(r.trim());
        lastRow = number;
        List<String> cells = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                int column = column(xml.getAttributeValue(null, "r"), cells.size());
                String value = cell(xml.getAttributeValue(null, "t"));
                while (cells.size() < column) {
                    cells.add("");
                }
                if (cells.size() == column) {
                    cells.add(value);
                } else {
                    cells.set(column, value);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
        }
        return new Row(number, cells);
    }

    /** @return the text of the cell the reader is at, leaving the reader at its end */
    private String cell(String type) throws XMLStreamException, IOException {
        StringBuilder value = new StringBuilder();
        StringBuilder inline = new StringBuilder();
        String element = null;
        int ignoredDepth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("rPh")) {
                    ignoredDepth++;
                }
                element = name;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if ("v".equals(element)) {
                    value.append(xml.getText());
                } else if ("t".equals(element) && ignoredDepth == 0) {
                    inline.append(xml.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("c")) {
                    break;
                }
                if (name.equals("rPh")) {
                    ignoredDepth--;
                }
                element = null;
            }
        }
        String v = value.toString().trim();
        if (type == null) {
            return number(v);
        }
        return switch (type) {
            case "s" -> v.isEmpty() ? "" : strings.get(index(v));
            case "inlineStr" -> inline.toString();
            case "str", "d" -> value.toString();
            case "b" -> v.equals("1") ? "VRAI" : v.equals("0") ? "FAUX" : v;
            case "e" -> "";
            default -> number(v);
        };
    }

    private int index(String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** @return a number as a person would type it: {@code 56000}, {@code 0.5}, never {@code 5.6E4} */
    static String number(String v) {
        if (v.isEmpty()) {
            return v;
        }
        try {
            return new BigDecimal(v).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return v;
        }
    }

    /** @return the 0-based column of a cell reference such as {@code AB12}, or {@code next} without one */
    static int column(String reference, int next) {
        if (reference == null) {
            return next;
        }
        int column = 0;
        int letters = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
                letters++;
            } else {
                break;
            }
        }
        return letters == 0 || column > 16_384 ? next : column - 1;
    }

    @Override
    public double progress() {
        return Math.min(1.0, (double) bytes.count() / size);
    }

    @Override
    public String description() {
        return "XLSX, première feuille";
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing only releases the parser
        }
        close(zip, strings);
    }
}
