package org.maillage.onboarding.sheets.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.maillage.onboarding.api.ImportFormat;
import org.maillage.onboarding.api.Sheet;
import org.maillage.onboarding.api.UnreadableFile;

/** Opens a file as a {@link Sheet} with the first of the formats that reads it, recognised by content rather than name. */
public final class Sheets {

    static final byte[] ZIP = {'P', 'K', 3, 4};
    static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private Sheets() {
    }

    /**
     * @param formats the formats, in the order they are asked
     * @throws UnreadableFile when no format reads the file, or the one that does finds it malformed
     */
    public static Sheet open(Path file, List<ImportFormat> formats) throws IOException {
        for (ImportFormat format : formats) {
            if (format.reads(file)) {
                return format.open(file);
            }
        }
        throw new UnreadableFile("Le format de ce fichier n’est pas reconnu : importez un fichier .csv ou .xlsx.");
    }

    /** @return whether the file starts with these bytes */
    static boolean startsWith(Path file, byte[] magic) throws IOException {
        byte[] start = new byte[magic.length];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(start, 0, magic.length);
        }
        return n == magic.length && Arrays.equals(start, magic);
    }
}
