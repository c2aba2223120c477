package org.maillage.onboarding.sheets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.onboarding.api.Row;
import org.maillage.onboarding.api.Sheet;
import org.maillage.onboarding.api.UnreadableFile;

/**
 * Files built to hurt a reader: each is refused with a French message (for the file, or naming the line),
 * quickly and with bounded memory — the surefire JVM runs with Maven's default heap, far below what any of
 * these would take if it were read whole.
 */
class HostileFilesTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @TempDir
    Path dir;

    /** Opens and reads every row. @return the failure */
    private static UnreadableFile refused(Path file) {
        return assertThrows(UnreadableFile.class, () -> {
            try (Sheet sheet = Sheets.open(file, SheetsTest.FORMATS)) {
                while (sheet.next() != null) {
                    // the failure is the point
                }
            }
        });
    }

    private static void assertFrench(UnreadableFile error, String expected) {
        assertTrue(error.getMessage().contains(expected), error.getMessage());
        assertFalse(error.getMessage().contains("Exception"), "no Java in a French message: " + error.getMessage());
    }

    private static String sheetXml(String doctype, String cell) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>email</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + cell + "</t></is></c></row>"
                + "</sheetData></worksheet>";
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "mot-de-passe-secret");
        Path file = new XlsxFile().rawSheet(sheetXml(
                        "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "&xxe;"))
                .write(dir.resolve("xxe.xlsx"));
        UnreadableFile error = refused(file);
        assertFrench(error, "Le classeur XLSX est illisible");
        assertFalse(error.getMessage().contains("mot-de-passe-secret"));
    }

    @Test
    void billionLaughsAreRefusedAtTheDoctype() throws IOException {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String previous = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">");
        }
        doctype.append("]>");
        Path sheet = new XlsxFile().rawSheet(sheetXml(doctype.toString(), "&lol9;")).write(dir.resolve("lol-sheet.xlsx"));
        assertFrench(refused(sheet), "Le classeur XLSX est illisible");
        Path strings = new XlsxFile().row("email").row("a@b.fr")
                .rawSharedStrings(out -> out.write(("<?xml version=\"1.0\"?>" + doctype + "<sst xmlns=\"" + MAIN
                        + "\"><si><t>&lol9;</t></si></sst>").getBytes(StandardCharsets.UTF_8)))
                .write(dir.resolve("lol-strings.xlsx"));
        assertFrench(refused(strings), "Le classeur XLSX est illisible");
    }

    @Test
    void aZipBombIsRefusedByItsInflateRatio() throws IOException {
        String padding = " ".repeat(1 << 20);
        Path file = new XlsxFile().row("email").row("a@b.fr")
                .rawSharedStrings(out -> {
                    out.write(("<sst xmlns=\"" + MAIN + "\"><si><t>a</t></si>").getBytes(StandardCharsets.UTF_8));
                    for (int i = 0; i < 200; i++) {
                        out.write(padding.getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("</sst>".getBytes(StandardCharsets.UTF_8));
                })
                .write(dir.resolve("bomb.xlsx"));
        assertTrue(Files.size(file) < 2 * 1024 * 1024, "200 MB of spaces in " + Files.size(file) + " bytes");
        assertFrench(refused(file), "bombe de décompression");
    }

    /** 100 million empty shared strings: 500 MB of XML that deflates to half a megabyte. */
    private static final XlsxFile.Part HUNDRED_MILLION_EMPTY_STRINGS = out -> {
        out.write(("<sst xmlns=\"" + MAIN + "\" count=\"100000000\" uniqueCount=\"100000000\">").getBytes(StandardCharsets.UTF_8));
        byte[] block = "<si/>".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 1_000; i++) {
            out.write(block);
        }
        out.write("</sst>".getBytes(StandardCharsets.UTF_8));
    };

    @Test
    void aHundredMillionEmptySharedStringsAreRefusedWithoutFillingTheHeap() throws Exception {
        Path file = new XlsxFile().row("email").row("a@b.fr").rawSharedStrings(HUNDRED_MILLION_EMPTY_STRINGS)
                .write(dir.resolve("strings.xlsx"));
        assertTrue(Files.size(file) < 2 * 1024 * 1024, Files.size(file) + " bytes");
        assertFrench(refused(file), "bombe de décompression");

        // The table's own bound, with the archive's ratio out of the way: the same part, generated as it is read.
        UnreadableFile error = assertThrows(UnreadableFile.class, () -> SharedStringTable.read(XlsxSheet.XML.createXMLStreamReader(
                new EmptyStrings(100_000_000)), SharedStringTable.DEFAULT_MAX_STRINGS, SharedStringTable.DEFAULT_MAX_BYTES, 32_767));
        assertFrench(error, "plus de 4 000 000 textes partagés");
    }

    /** The shared-strings part of {@code count} empty strings, generated as it is read. */
    private static final class EmptyStrings extends InputStream {

        private final byte[] head = ("<sst xmlns=\"" + MAIN + "\">").getBytes(StandardCharsets.UTF_8);
        private final byte[] item = "<si/>".getBytes(StandardCharsets.US_ASCII);
        private final byte[] tail = "</sst>".getBytes(StandardCharsets.US_ASCII);
        private final long total;
        private long at;

        EmptyStrings(long count) {
            total = head.length + count * item.length + tail.length;
        }

        @Override
        public int read() {
            if (at >= total) {
                return -1;
            }
            long i = at++;
            if (i < head.length) {
                return head[(int) i];
            }
            i -= head.length;
            long items = total - head.length - tail.length;
            return i < items ? item[(int) (i % item.length)] : tail[(int) (i - items)];
        }
    }

    @Test
    void aCellOverTheBoundIsRefusedWhileItIsRead() throws IOException {
        Random random = new Random(1);
        char[] text = new char[200_000];
        for (int i = 0; i < text.length; i++) {
            text[i] = (char) ('a' + random.nextInt(26));
        }
        Path file = new XlsxFile().inlineStrings().row("email").row(new String(text)).write(dir.resolve("cell.xlsx"));
        UnreadableFile error = assertThrows(UnreadableFile.class, () -> {
            try (Sheet sheet = XlsxSheet.open(file, 1000, 1 << 20, 10_000)) {
                while (sheet.next() != null) {
                    // the failure is the point
                }
            }
        });
        assertFrench(error, "Ligne 2 : une valeur dépasse 10 000 caractères");
        assertFrench(refused(file), "Ligne 2 : une valeur dépasse 32 767 caractères");
        Path shared = new XlsxFile().row("email").row(new String(text)).write(dir.resolve("shared-cell.xlsx"));
        assertFrench(refused(shared), "un texte partagé de plus de 32 767 caractères");
    }

    @Test
    void twentyThousandColumnsAreRefused() throws IOException {
        StringBuilder row = new StringBuilder("<row r=\"2\">");
        for (int c = 0; c < 20_000; c++) {
            row.append("<c t=\"inlineStr\"><is><t>x</t></is></c>");
        }
        String xml = "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>email</t></is></c></row>"
                + row + "</row></sheetData></worksheet>";
        assertFrench(refused(new XlsxFile().rawSheet(xml).write(dir.resolve("wide.xlsx"))), "Ligne 2 : plus de 1 000 colonnes");
        String far = "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"ZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
                + "</sheetData></worksheet>";
        assertFrench(refused(new XlsxFile().rawSheet(far).write(dir.resolve("far.xlsx"))), "Ligne 1 : plus de 1 000 colonnes");
    }

    @Test
    void aCsvRecordWithAHundredThousandFieldsIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("wide.csv"), "email;prenom\na@b.fr" + ";x".repeat(100_000) + "\n");
        assertFrench(refused(file), "Ligne 2 : plus de 1 000 colonnes");
    }

    @Test
    void aCsvFieldOrRecordOverTheBoundIsRefusedWithItsLine() throws IOException {
        Path field = Files.writeString(dir.resolve("field.csv"), "email;prenom\na@b.fr;" + "x".repeat(40_000) + "\n");
        assertFrench(refused(field), "Ligne 2 : une valeur dépasse 32 767 caractères");
        Path open = Files.writeString(dir.resolve("open.csv"), "email;prenom\na@b.fr;\"" + "x\n".repeat(700_000));
        assertFrench(refused(open), "Ligne 2 : un enregistrement dépasse 1 000 000 caractères");
    }

    @Test
    void mixedEncodingsAreRefusedNamingALineOfEach() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("email;prenom\nzoe@b.fr;Zoé\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("lea@b.fr;Léa\n".getBytes(TextEncoding.WINDOWS_1252));
        UnreadableFile error = refused(Files.write(dir.resolve("mixed.csv"), bytes.toByteArray()));
        assertFrench(error, "mélange deux encodages");
        assertFrench(error, "la ligne 2 est en UTF-8, la ligne 3 n'en est pas");
    }

    @Test
    void aCsvCutInTheMiddleOfARowKeepsItsCompleteRowsOrFailsWithTheLine() throws IOException {
        String export = "email;prenom;code_postal\r\na@b.fr;Anne;56000\r\nzoe@b.fr;\"Zoé, dite";
        assertFrench(refused(Files.writeString(dir.resolve("cut.csv"), export)), "Ligne 3 : un guillemet ouvert n’est jamais fermé");
        Path unquoted = Files.writeString(dir.resolve("cut2.csv"), "email;prenom;code_postal\r\na@b.fr;Anne;56000\r\nzoe@b.f");
        try (Sheet sheet = Sheets.open(unquoted, SheetsTest.FORMATS)) {
            sheet.next();
            sheet.next();
            Row last = sheet.next();
            assertEquals(Arrays.asList("zoe@b.f"), last.cells(), "a short last row: the import judges it like any other");
        }
    }

    @Test
    void anXlsxCutInTheMiddleIsRefused() throws IOException {
        XlsxFile workbook = new XlsxFile().row("email", "prenom");
        for (int i = 0; i < 5_000; i++) {
            workbook.row("personne" + i + "@exemple.fr", "Prénom " + i);
        }
        Path whole = workbook.write(dir.resolve("whole.xlsx"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertFrench(refused(cut), "Le fichier ressemble à un classeur XLSX mais son archive est illisible");
    }

    @Test
    void aBinaryFileRenamedCsvIsRefused() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        byte[] bytes = Arrays.copyOf(png, 4096);
        new Random(2).nextBytes(bytes);
        System.arraycopy(png, 0, bytes, 0, png.length);
        assertFrench(refused(Files.write(dir.resolve("photo.csv"), bytes)), "il contient des données binaires");
    }
}
