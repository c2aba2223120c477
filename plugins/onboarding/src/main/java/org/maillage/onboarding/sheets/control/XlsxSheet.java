package org.maillage.onboarding.sheets.control;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.maillage.onboarding.api.Row;
import org.maillage.onboarding.api.Sheet;
import org.maillage.onboarding.api.UnreadableFile;

/**
 * The first sheet of an XLSX workbook (in the workbook's order), read with Apache POI's streaming (event)
 * API: {@link OPCPackage} opens the archive through {@link ZipSecureFile}, {@link XSSFReader} finds the
 * sheet and the shared strings, and the sheet's XML is pulled row by row with POI's hardened StAX factory
 * (no DTD, no external entity: XXE and « billion laughs » documents are refused). Nothing is held whole:
 * the shared strings go to a bounded compact table ({@link SharedStringTable}), a cell's text is bounded
 * while it is read ({@value SheetLimits#MAX_CELL} characters, Excel's own limit), and so is a row
 * ({@value SheetLimits#MAX_COLUMNS} cells).
 *
 * <p>Archive bounds, set once for the JVM (POI keeps them in static fields; the platform only writes
 * workbooks otherwise): an entry that inflates more than {@value #MAX_INFLATE} times its compressed size is a
 * ZIP bomb; no entry may exceed {@value #MAX_ENTRY_BYTES} bytes once inflated.
 *
 * <p>Values: shared and inline strings as written, phonetic runs left out; numbers without exponent or
 * trailing {@code .0} (a postcode typed as a number reads {@code 56000}); booleans VRAI/FAUX; errors empty.
 * Cells are placed by their reference ({@code C12}), so skipped empty cells keep the columns aligned.
 */
public final class XlsxSheet implements Sheet {

    static final int MAX_INFLATE = 100;
    static final long MAX_ENTRY_BYTES = 2L * 1024 * 1024 * 1024;
    static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();
    private static final String MALFORMED = "Le classeur XLSX est illisible : son XML est mal formé, "
            + "ou déclare une DTD ou des entités, ce qu’un classeur n’a pas à faire";

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_INFLATE);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private final OPCPackage workbook;
    private final SharedStringTable strings;
    private final CountingInputStream bytes;
    private final XMLStreamReader xml;
    private final long size;
    private final int maxCell;
    private long lastRow;

    private XlsxSheet(OPCPackage workbook, SharedStringTable strings, InputStream sheet, long size, int maxCell)
            throws XMLStreamException {
        this.workbook = workbook;
        this.strings = strings;
        this.size = Math.max(1, size);
        this.maxCell = maxCell;
        this.bytes = new CountingInputStream(sheet);
        this.xml = XML.createXMLStreamReader(bytes);
    }

    public static XlsxSheet open(Path file) throws IOException {
        return open(file, SharedStringTable.DEFAULT_MAX_STRINGS, SharedStringTable.DEFAULT_MAX_BYTES, SheetLimits.MAX_CELL);
    }

    /** With other bounds, for tests that would otherwise need files of hundreds of megabytes. */
    static XlsxSheet open(Path file, int maxStrings, long maxStringBytes, int maxCell) throws IOException {
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw unreadable(e, "Le fichier ressemble à un classeur XLSX mais son archive est illisible (fichier coupé ou abîmé ?).");
        }
        try {
            XSSFReader reader = new XSSFReader(workbook);
            SharedStringTable strings = SharedStringTable.empty();
            try (InputStream shared = sharedStrings(reader)) {
                if (shared != null) {
                    XMLStreamReader xml = XML.createXMLStreamReader(shared);
                    strings = SharedStringTable.read(xml, maxStrings, maxStringBytes, maxCell);
                    xml.close();
                }
            }
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw new UnreadableFile("Le fichier n’est pas un classeur XLSX : aucune feuille n’y a été trouvée.");
            }
            InputStream sheet = sheets.next();
            long size = sheets.getSheetPart().getSize();
            // an archive that does not say how large the sheet is: a guess from the file, for progress only
            return new XlsxSheet(workbook, strings, sheet, size > 0 ? size : file.toFile().length() * 10, maxCell);
        } catch (XMLStreamException e) {
            workbook.revert();
            throw unreadable(e, MALFORMED);
        } catch (OpenXML4JException | IOException | RuntimeException e) {
            workbook.revert();
            throw unreadable(e, "Le classeur XLSX est illisible (fichier coupé ou abîmé ?).");
        }
    }

    private static InputStream sharedStrings(XSSFReader reader) throws IOException {
        try {
            return reader.getSharedStringsData();
        } catch (InvalidFormatException e) {
            return null;
        }
    }

    /** @return the French failure for what POI threw: a ZIP bomb is named, a French one kept, anything else said plainly */
    private static UnreadableFile unreadable(Exception e, String otherwise) {
        if (e instanceof UnreadableFile french) {
            return french;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("MIN_INFLATE_RATIO") || message.contains("max entry size")) {
                return new UnreadableFile("Le classeur XLSX est refusé : une fois décompressée, une de ses parties serait "
                        + "plus de " + MAX_INFLATE + " fois plus grande que dans le fichier (bombe de décompression ?).", e);
            }
        }
        return new UnreadableFile(otherwise, e);
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
            throw unreadable(e, MALFORMED + " (après la ligne " + lastRow + ")");
        } catch (UnreadableFile e) {
            throw e;
        } catch (RuntimeException e) {
            throw unreadable(e, "Le classeur XLSX est illisible après la ligne " + lastRow + " (fichier coupé ou abîmé ?).");
        }
    }

    private Row row() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        long number = lastRow + 1;
        try {
            number = r == null ? number : Long.parseLong(r.trim());
        } catch (NumberFormatException e) {
            // the next row, as if no number were written
        }
        lastRow = number;
        List<String> cells = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                int column = column(xml.getAttributeValue(null, "r"), cells.size());
                if (column >= SheetLimits.MAX_COLUMNS) {
                    throw new UnreadableFile(SheetLimits.tooManyColumns(number));
                }
                String value = cell(xml.getAttributeValue(null, "t"), number);
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
    private String cell(String type, long row) throws XMLStreamException {
        StringBuilder value = new StringBuilder();
        String element = null;
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                element = xml.getLocalName();
                phonetic += element.equals("rPh") ? 1 : 0;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE) {
                if (("v".equals(element) || "t".equals(element)) && phonetic == 0) {
                    if (value.length() + xml.getTextLength() > maxCell) {
                        throw new UnreadableFile(SheetLimits.cellTooLong(row, maxCell));
                    }
                    value.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("c")) {
                    break;
                }
                phonetic -= name.equals("rPh") ? 1 : 0;
                element = null;
            }
        }
        String v = value.toString();
        if (type == null) {
            return number(v.trim());
        }
        return switch (type) {
            case "s" -> strings.get(index(v.trim()));
            case "inlineStr", "str", "d" -> v;
            case "b" -> v.trim().equals("1") ? "VRAI" : v.trim().equals("0") ? "FAUX" : v;
            case "e" -> "";
            default -> number(v.trim());
        };
    }

    private static int index(String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** @return a number as a person would type it: {@code 56000}, {@code 0.5}, never {@code 5.6E4} */
    static String number(String v) {
        if (v.isEmpty() || v.length() > 40) {
            return v;
        }
        try {
            return new BigDecimal(v).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return v;
        }
    }

    /** @return the 0-based column of a cell reference such as {@code AB12}, or {@code next} without one; past ZZZ, the largest int */
    static int column(String reference, int next) {
        if (reference == null) {
            return next;
        }
        int column = 0;
        int letters = 0;
        for (int i = 0; i < reference.length() && letters <= 3; i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
                letters++;
            } else {
                break;
            }
        }
        return letters == 0 ? next : letters > 3 ? Integer.MAX_VALUE : column - 1;
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
        bytes.close();
        workbook.revert();
    }
}
