package org.maillage.onboarding.sheets.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.maillage.onboarding.api.UnreadableFile;

/**
 * The character encoding of a text file, as exports are found in practice.
 *
 * <p>The rule: a byte-order mark decides (UTF-8, UTF-16 LE or BE). Otherwise the whole file is decoded once
 * with the JDK's strict UTF-8 decoder (which refuses overlong forms, surrogates and code points above
 * U+10FFFF): valid, it is UTF-8; invalid with no other letter outside ASCII, it is Windows-1252 (what Excel
 * writes on a French Windows: an « é » is the lone byte E9); invalid <em>and</em> holding valid UTF-8 letters,
 * it mixes both — refused, naming a line of each, since either reading would garble a part of it. A NUL byte
 * means a binary file (a renamed spreadsheet, an image): refused.
 *
 * @param charset  the encoding to decode the text with
 * @param bomBytes how many bytes of byte-order mark to skip
 */
public record TextEncoding(Charset charset, int bomBytes) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * @return the encoding of the file
     * @throws UnreadableFile when it is binary or mixes encodings
     */
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
            return new TextEncoding(utf8(in) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
        }
    }

    /**
     * @return true when the bytes are UTF-8, false when they are not (and hold no valid non-ASCII UTF-8 either)
     * @throws UnreadableFile when they hold a NUL byte, or both valid and invalid UTF-8 letters
     */
    static boolean utf8(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        long line = 1;
        long firstInvalid = 0;
        long firstUtf8 = 0;
        boolean end = false;
        while (!end) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                end = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            while (true) {
                var result = decoder.decode(bytes, chars, end);
                chars.flip();
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    if (c == '\n') {
                        line++;
                    } else if (c == 0) {
                        throw binary();
                    } else if (c > 0x7F && firstUtf8 == 0) {
                        firstUtf8 = line;
                    }
                }
                chars.clear();
                if (result.isError()) {
                    for (int i = 0; i < result.length(); i++) {
                        byte b = bytes.get();
                        if (b == 0) {
                            throw binary();
                        }
                    }
                    if (firstInvalid == 0) {
                        firstInvalid = line;
                    }
                    continue;
                }
                if (result.isUnderflow()) {
                    break;
                }
            }
            bytes.compact();
        }
        if (firstInvalid > 0 && firstUtf8 > 0) {
            throw new UnreadableFile("Le fichier mélange deux encodages de caractères : la ligne " + firstUtf8
                    + " est en UTF-8, la ligne " + firstInvalid + " n'en est pas (Windows-1252 ?). "
                    + "Enregistrez-le de nouveau depuis le tableur au format « CSV UTF-8 ».");
        }
        return firstInvalid == 0;
    }

    private static UnreadableFile binary() {
        return new UnreadableFile("Ce fichier n'est pas un tableau en texte (CSV) : il contient des données binaires. "
                + "Importez l'export au format .csv ou .xlsx.");
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
