package org.maillage.demodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** The XLSX is a valid zip of well-formed parts, one sheet with the header and one row per data row. */
class XlsxTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @TempDir
    Path dir;

    /** Reads sheet1.xml with SAX: rows as lists of cell texts (inline strings or values), in order. */
    static final class Sheet extends DefaultHandler {
        final List<List<String>> rows = new ArrayList<>();
        final List<String> references = new ArrayList<>();
        final List<Boolean> numeric = new ArrayList<>();
        private StringBuilder text;

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
            assertEquals(MAIN, uri, "namespace of " + local);
            switch (local) {
                case "row" -> {
                    assertEquals(Integer.toString(rows.size() + 1), attributes.getValue("r"), "row numbers in order");
                    rows.add(new ArrayList<>());
                }
                case "c" -> {
                    references.add(attributes.getValue("r"));
                    numeric.add(attributes.getValue("t") == null);
                }
                case "t", "v" -> text = new StringBuilder();
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text != null) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (local.equals("t") || local.equals("v")) {
                rows.get(rows.size() - 1).add(text.toString());
                text = null;
            }
        }
    }

    static Sheet read(Path file) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                    "xl/styles.xml", "xl/worksheets/sheet1.xml"), names);
            DocumentBuilderFactory dom = DocumentBuilderFactory.newInstance();
            dom.setNamespaceAware(true);
            for (String name : names.subList(0, 5)) {
                try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
                    Document document = dom.newDocumentBuilder().parse(in);
                    assertTrue(document.getDocumentElement() != null, name);
                }
            }
            try (InputStream in = zip.getInputStream(zip.getEntry("xl/workbook.xml"))) {
                String workbook = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(workbook.contains("<sheet name=\"Worksheet\" sheetId=\"1\" r:id=\"rId1\"/>"), workbook);
            }
            SAXParserFactory sax = SAXParserFactory.newInstance();
            sax.setNamespaceAware(true);
            Sheet sheet = new Sheet();
            try (InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
                sax.newSAXParser().parse(in, sheet);
            }
            return sheet;
        }
    }

    @Test
    void profilesWorkbook() throws Exception {
        Path file = dir.resolve("profiles.xlsx");
        Fixtures.generate(file, "--departements", "56", "--count", "1k", "--profiles", "full");
        Sheet sheet = read(file);
        assertEquals(1001, sheet.rows.size());
        assertEquals(Arrays.asList(ExportColumnsTest.PROFILES_FULL.split(",")), sheet.rows.get(0));
        assertTrue(sheet.references.contains("A2") && sheet.references.contains("E1001"));
        assertTrue(sheet.numeric.get(sheet.references.indexOf("A2")), "ids are numbers");
        assertTrue(!sheet.numeric.get(sheet.references.indexOf("E2")), "postcodes are text (leading zeros)");
        assertEquals(sheet.references.size(), sheet.references.stream().distinct().count());
    }

    @Test
    void participationsWorkbookMatchesTheCsv() throws Exception {
        Path xlsx = dir.resolve("participations.xlsx");
        Path csv = dir.resolve("participations.csv");
        Fixtures.generate(xlsx, "--departements", "35", "--count", "2k", "--export", "participations");
        Fixtures.generate(csv, "--departements", "35", "--count", "2k", "--export", "participations");
        Sheet sheet = read(xlsx);
        List<List<String>> records = Fixtures.parseCsv(Files.readString(csv), ',');
        assertEquals(records.get(0), sheet.rows.get(0));
        for (int i = 1; i < records.size(); i++) {
            List<String> nonEmpty = records.get(i).stream().filter(s -> !s.isEmpty()).toList();
            assertEquals(nonEmpty, sheet.rows.get(i), "row " + i);
        }
    }

    @Test
    void dirtyWorkbookHasItsBlankRows() throws Exception {
        Path file = dir.resolve("dirty.xlsx");
        Fixtures.generate(file, "--departements", "56", "--count", "20k", "--dirty");
        Sheet sheet = read(file);
        String json = Files.readString(DemoData.expectationsFile(file));
        long blank = sheet.rows.stream().skip(1).filter(List::isEmpty).count();
        assertEquals(Fixtures.json(json, "blankLines"), blank);
        assertEquals(0, Fixtures.json(json, "separatorOnlyLines"));
        assertEquals(Fixtures.json(json, "rows"), sheet.rows.size() - 1 - blank);
        Map<String, Integer> seen = new LinkedHashMap<>();
        int padded = 0;
        for (List<String> row : sheet.rows.subList(1, sheet.rows.size())) {
            if (!row.isEmpty()) {
                seen.merge(row.get(2).strip().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                padded += row.stream().anyMatch(s -> !s.equals(s.strip())) ? 1 : 0;
            }
        }
        assertEquals(Fixtures.json(json, "uniquePeople"), seen.size());
        assertEquals(Fixtures.json(json, "paddedFields"), padded, "spaces survive (xml:space=\"preserve\")");
    }

    @Test
    void columnLetters() {
        assertEquals("A", XlsxSink.column(0));
        assertEquals("P", XlsxSink.column(15));
        assertEquals("Z", XlsxSink.column(25));
        assertEquals("AA", XlsxSink.column(26));
    }

}
