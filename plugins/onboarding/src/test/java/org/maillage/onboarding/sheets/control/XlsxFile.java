package org.maillage.onboarding.sheets.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes small XLSX workbooks for tests: shared strings or inline strings, numbers, and an optional second sheet. */
public final class XlsxFile {

    private final List<List<Object>> rows = new ArrayList<>();
    private boolean inline;
    private boolean sharedStringsLast = true;
    private List<List<Object>> secondSheet;
    private String rawSheet;
    private Part rawSharedStrings;

    /** Writes the content of a part, possibly far larger than memory. */
    @FunctionalInterface
    public interface Part {
        void write(OutputStream out) throws IOException;
    }

    /** Uses this XML as the first sheet, as it is (hostile documents). */
    public XlsxFile rawSheet(String xml) {
        rawSheet = xml;
        return this;
    }

    /** Writes the shared-strings part with this, streamed into the archive (hostile documents). */
    public XlsxFile rawSharedStrings(Part part) {
        rawSharedStrings = part;
        return this;
    }

    public XlsxFile row(Object... cells) {
        rows.add(java.util.Arrays.asList(cells));
        return this;
    }

    public XlsxFile blankRow() {
        rows.add(List.of());
        return this;
    }

    public XlsxFile inlineStrings() {
        inline = true;
        return this;
    }

    public XlsxFile secondSheet(List<List<Object>> other) {
        secondSheet = other;
        return this;
    }

    public Path write(Path file) throws IOException {
        Map<String, Integer> shared = new LinkedHashMap<>();
        String sheet1 = rawSheet != null ? rawSheet : sheet(rows, shared);
        String sheet2 = secondSheet == null ? null : sheet(secondSheet, shared);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    <Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            // The first sheet in the workbook's order is the data sheet, although its file is sheet2.xml when there are two.
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="Export" sheetId="1" r:id="rIdData"/>%s</sheets></workbook>"""
                    .formatted(sheet2 == null ? "" : "<sheet name=\"Autre\" sheetId=\"2\" r:id=\"rIdOther\"/>"));
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rIdData" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/%s"/>
                    %s
                    <Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                    </Relationships>""".formatted(sheet2 == null ? "sheet1.xml" : "sheet2.xml",
                    sheet2 == null ? "" : "<Relationship Id=\"rIdOther\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"));
            if (sheet2 == null) {
                entry(zip, "xl/worksheets/sheet1.xml", sheet1);
            } else {
                entry(zip, "xl/worksheets/sheet1.xml", sheet2);
                entry(zip, "xl/worksheets/sheet2.xml", sheet1);
            }
            StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + shared.size() + "\">");
            for (String s : shared.keySet()) {
                if (s.contains("|")) {
                    // a rich text string made of runs, with a phonetic run that must be ignored
                    String[] runs = s.split("\\|");
                    sst.append("<si>");
                    for (String run : runs) {
                        sst.append("<r><rPr><b/></rPr><t xml:space=\"preserve\">").append(escape(run)).append("</t></r>");
                    }
                    sst.append("<rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></si>");
                } else {
                    sst.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>");
                }
            }
            if (rawSharedStrings != null) {
                zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                rawSharedStrings.write(new java.io.FilterOutputStream(zip) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() {
                        // the archive goes on
                    }
                });
                zip.closeEntry();
            } else {
                entry(zip, "xl/sharedStrings.xml", sst.append("</sst>").toString());
            }
        }
        return file;
    }

    private String sheet(List<List<Object>> data, Map<String, Integer> shared) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < data.size(); r++) {
            xml.append("<row r=\"").append(r + 1).append("\">");
            List<Object> cells = data.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value == null) {
                    continue; // a missing cell: the next one carries its reference
                }
                String ref = (char) ('A' + c) + String.valueOf(r + 1);
                if (value instanceof Number) {
                    xml.append("<c r=\"").append(ref).append("\"><v>").append(value).append("</v></c>");
                } else if (inline) {
                    xml.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(escape(value.toString())).append("</t></is></c>");
                } else {
                    int index = shared.computeIfAbsent(value.toString(), k -> shared.size());
                    xml.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(index).append("</v></c>");
                }
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
