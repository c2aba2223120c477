package org.maillage.onboarding.sheets.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The character encoding of a text file, as exports are found in practice.
 *
 * <p>The rule: a byte-order mark decides (UTF-8, UTF-16 LE or BE); otherwise the file is UTF-8 when
 * every byte sequence of it is valid UTF-8, and Windows-1252 (what Excel writes on a French Windows)
 * as soon as one is not. Windows-1252 text with accents is almost never valid UTF-8 (an é is the
 * lone byte E9), and plain ASCII is both. The check reads the whole file once, in a small buffer.
 *
 * @param charset  the encoding to decode the text with
 * @param bomBytes how many bytes of byte-order mark to skip
 */
public record TextEncoding(Charset charset, int bomBytes) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** @return the encoding of the file */
    public static TextEncoding of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return new TextEncoding(StandardCharsets.UTF_8, 3);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                return new TextEncoding(StandardCharsets.UTF_16LE, 2);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                return new TextEncoding(StandardCharsets.UTF_16BE, 2);
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new TextEncoding(validUtf8(in) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
        }
    }

    /** @return whether the bytes are well-formed UTF-8 (lead bytes C2–F4, each followed by its continuation bytes) */
    static boolean validUtf8(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        int expected = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                int b = buffer[i] & 0xFF;
                if (expected > 0) {
                    if ((b & 0xC0) != 0x80) {
                        return false;
                    }
                    expected--;
                } else if (b >= 0x80) {
                    if (b >= 0xC2 && b <= 0xDF) {
                        expected = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        expected = 2;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        expected = 3;
                    } else {
                        return false;
                    }
                }
            }
        }
        return expected == 0;
    }

    /** @return the encoding in French, for the import report */
    public String describe() {
        if (charset.equals(WINDOWS_1252)) {
            return "Windows-1252";
        }
        return charset.equals(StandardCharsets.UTF_8) ? (bomBytes > 0 ? "UTF-8 avec BOM" : "UTF-8")
                : "UTF-16 (" + (charset.equals(StandardCharsets.UTF_16LE) ? "LE" : "BE") + ")";
    }
}
