package org.maillage.onboarding.sheets.control;

import org.maillage.onboarding.api.UnreadableFile;
import org.maillage.onboarding.api.ImportFormat;
import org.maillage.onboarding.api.Row;
import org.maillage.onboarding.api.Sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetsTest {

    /** The built-in formats, in their contribution order. */
    static final List<ImportFormat> FORMATS = List.of(new LegacyExcelFormat(), new XlsxFormat(), new CsvFormat());

    @TempDir
    Path dir;

    private Path file(byte[] bytes) throws IOException {
        return Files.write(dir.resolve("f" + System.nanoTime()), bytes);
    }

    private Path text(String text, Charset charset) throws IOException {
        return file(text.getBytes(charset));
    }

    private static List<Row> rows(Path file) throws IOException {
        try (Sheet sheet = Sheets.open(file, FORMATS)) {
            List<Row> rows = new ArrayList<>();
            for (Row row = sheet.next(); row != null; row = sheet.next()) {
                rows.add(row);
            }
            assertEquals(1.0, sheet.progress(), 0.001);
            return rows;
        }
    }

    @Test
    void commaSeparatedUtf8WithoutBom() throws IOException {
        List<Row> rows = rows(text("id,prenom,email,code_postal\n1,Élodie,e@x.fr,56000\n", StandardCharsets.UTF_8));
        assertEquals(List.of("id", "prenom", "email", "code_postal"), rows.get(0).cells());
        assertEquals(List.of("1", "Élodie", "e@x.fr", "56000"), rows.get(1).cells());
        assertEquals(2, rows.get(1).line());
    }

    @Test
    void byteOrderMarkIsSkippedAndSemicolonsAreRecognised() throws IOException {
        byte[] body = "id;prenom;email\r\n1;Gaëlle;g@x.fr\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Path file = file(bytes);
        try (Sheet sheet = Sheets.open(file, FORMATS)) {
            assertEquals("CSV, UTF-8 avec BOM, séparateur « ; »", sheet.description());
            assertEquals(List.of("id", "prenom", "email"), sheet.next().cells());
            assertEquals(List.of("1", "Gaëlle", "g@x.fr"), sheet.next().cells());
            assertNull(sheet.next());
        }
    }

    @Test
    void quotedFieldsHoldSeparatorsQuotesAndLineBreaks() throws IOException {
        List<Row> rows = rows(text("a,b,c\n"
                + "\"Dupont, Jean\",\"il a dit \"\"oui\"\"\",\"ligne 1\nligne 2\"\n"
                + "  \"espace avant\",x,\n"
                + "fin,,\n", StandardCharsets.UTF_8));
        assertEquals(List.of("Dupont, Jean", "il a dit \"oui\"", "ligne 1\nligne 2"), rows.get(1).cells());
        assertEquals(2, rows.get(1).line());
        assertEquals(List.of("espace avant", "x", ""), rows.get(2).cells());
        assertEquals(4, rows.get(2).line(), "a line break inside quotes counts as a line");
        assertEquals(List.of("fin", "", ""), rows.get(3).cells());
        assertEquals(5, rows.get(3).line());
    }

    @Test
    void blankLinesAndLinesOfSeparatorsAreSkippedButCounted() throws IOException {
        List<Row> rows = rows(text("a;b\n\n1;2\n ; \n\r\n3;4", StandardCharsets.UTF_8));
        assertEquals(3, rows.size());
        assertEquals(3, rows.get(1).line());
        assertEquals(List.of("3", "4"), rows.get(2).cells());
        assertEquals(6, rows.get(2).line());
    }

    @Test
    void windows1252IsRecognisedByItsInvalidUtf8() throws IOException {
        Path file = text("prenom;nom\nFrançois;Lefèvre\nZoé;Œuvrard\n", TextEncoding.WINDOWS_1252);
        try (Sheet sheet = Sheets.open(file, FORMATS)) {
            assertTrue(sheet.description().contains("Windows-1252"), sheet.description());
            sheet.next();
            assertEquals(List.of("François", "Lefèvre"), sheet.next().cells());
            assertEquals(List.of("Zoé", "Œuvrard"), sheet.next().cells());
        }
    }

    @Test
    void utf8IsDecodedStrictly() throws IOException {
        assertTrue(TextEncoding.utf8(new ByteArrayInputStream("Élodie € 😀".getBytes(StandardCharsets.UTF_8))));
        assertEquals(false, TextEncoding.utf8(new ByteArrayInputStream(new byte[]{'a', (byte) 0xE9, 'b'})));
        assertEquals(false, TextEncoding.utf8(new ByteArrayInputStream(new byte[]{(byte) 0xC3})), "truncated at the end");
        assertEquals(false, TextEncoding.utf8(new ByteArrayInputStream(new byte[]{(byte) 0xC0, (byte) 0xAF})), "overlong « / »");
        assertEquals(false, TextEncoding.utf8(new ByteArrayInputStream(new byte[]{(byte) 0xE0, (byte) 0x80, (byte) 0xAF})), "overlong, 3 bytes");
        assertEquals(false, TextEncoding.utf8(new ByteArrayInputStream(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80})), "a surrogate");
        assertEquals(false, TextEncoding.utf8(new ByteArrayInputStream(new byte[]{(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})),
                "above U+10FFFF");
    }

    @Test
    void utf16WithByteOrderMark() throws IOException {
        byte[] body = "prenom\tnom\nAnaïs\tLe Goff\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        List<Row> rows = rows(file(bytes));
        assertEquals(List.of("Anaïs", "Le Goff"), rows.get(1).cells());
    }

    @Test
    void anUnclosedQuoteStopsTheReadingWithTheLine() throws IOException {
        Path file = text("a,b\n1,2\n3,\"jamais fermé\n4,5\n", StandardCharsets.UTF_8);
        try (Sheet sheet = Sheets.open(file, FORMATS)) {
            sheet.next();
            sheet.next();
            UnreadableFile error = assertThrows(UnreadableFile.class, sheet::next);
            assertTrue(error.getMessage().startsWith("Ligne 3 :"), error.getMessage());
        }
    }

    @Test
    void anOldExcelFileIsRefusedClearly() throws IOException {
        Path file = file(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0});
        UnreadableFile error = assertThrows(UnreadableFile.class, () -> Sheets.open(file, FORMATS));
        assertTrue(error.getMessage().contains(".xls"), error.getMessage());
    }

    @Test
    void xlsxWithSharedStringsNumbersGapsAndBlankRows() throws IOException {
        Path file = new XlsxFile()
                .row("id", "prenom", "email", "code_postal")
                .row(1, "Élodie", "e@x.fr", 56000)
                .blankRow()
                .row(2, null, "f@x.fr", 6000)
                .row(3, "Ri|che", "g@x.fr", 1.5)
                .write(dir.resolve("export.xlsx"));
        List<Row> rows = rows(file);
        assertEquals(4, rows.size());
        assertEquals(List.of("1", "Élodie", "e@x.fr", "56000"), rows.get(1).cells());
        assertEquals(List.of("2", "", "f@x.fr", "6000"), rows.get(2).cells(), "a missing cell keeps the columns aligned");
        assertEquals(4, rows.get(2).line(), "the spreadsheet's row number");
        assertEquals("Riche", rows.get(3).cell(1), "rich text runs are joined, phonetic runs ignored");
        assertEquals("1.5", rows.get(3).cell(3));
    }

    @Test
    void xlsxWithInlineStringsReadsOnlyTheFirstSheet() throws IOException {
        Path file = new XlsxFile()
                .inlineStrings()
                .row("prenom", "email")
                .row("Zoé", "z@x.fr")
                .secondSheet(List.of(List.of("autre", "feuille")))
                .write(dir.resolve("inline.xlsx"));
        List<Row> rows = rows(file);
        assertEquals(List.of(List.of("prenom", "email"), List.of("Zoé", "z@x.fr")), rows.stream().map(Row::cells).toList());
    }

    @Test
    void sharedStringsAreHeldCompactlyAndReadBack() throws Exception {
        StringBuilder xml = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            xml.append("<si><t>personne.").append(i).append("@exemple.fr é</t></si>");
        }
        xml.append("<si><r><t>a</t></r><r><t>b</t></r><rPh><t>PHONETIC</t></rPh></si><si/><si><t>").append("é".repeat(300)).append("</t></si></sst>");
        SharedStringTable table = SharedStringTable.read(XlsxSheet.XML.createXMLStreamReader(
                new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8))), 1_000_000, 64L << 20, 32_767);
        assertEquals(n + 3, table.size());
        for (int i : new int[]{0, 1, 4999, 65_535, 65_536, n - 1, 3, 3}) {
            assertEquals("personne." + i + "@exemple.fr é", table.get(i));
        }
        assertEquals("ab", table.get(n));
        assertEquals("", table.get(n + 1));
        assertEquals("é".repeat(300), table.get(n + 2), "a length over 127 bytes");
        assertEquals("", table.get(n + 3), "outside the table");
    }

    @Test
    void numbersAreWrittenAsTyped() {
        assertEquals("56000", XlsxSheet.number("5.6E4"));
        assertEquals("612345678", XlsxSheet.number("612345678.0"));
        assertEquals("0.25", XlsxSheet.number("0.25"));
        assertEquals("abc", XlsxSheet.number("abc"));
        assertEquals(27, XlsxSheet.column("AB3", 0));
        assertEquals(0, XlsxSheet.column("A1", 5));
        assertEquals(5, XlsxSheet.column(null, 5));
    }
}
