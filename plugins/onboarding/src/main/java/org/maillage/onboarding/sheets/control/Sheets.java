package org.maillage.onboarding.sheets.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Opens a file as a {@link Sheet}, recognising its type by its first bytes rather than its name. */
public final class Sheets {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private Sheets() {
    }

    /**
     * @return an XLSX sheet (a ZIP archive) or a CSV sheet (anything else)
     * @throws UnreadableFile for an old binary Excel file (.xls) or a ZIP that is not a workbook
     */
    public static Sheet open(Path file) throws IOException {
        byte[] start = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(start, 0, 4);
        }
        if (n == 4 && Arrays.equals(start, ZIP)) {
            return XlsxSheet.open(file);
        }
        if (n == 4 && Arrays.equals(start, OLE2)) {
            throw new UnreadableFile("Les fichiers Excel anciens (.xls) ne sont pas pris en charge : "
                    + "enregistrez le fichier au format .xlsx ou .csv.");
        }
        return CsvSheet.open(file);
    }
}
